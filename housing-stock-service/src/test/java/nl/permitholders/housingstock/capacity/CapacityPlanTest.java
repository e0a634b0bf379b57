package nl.permitholders.housingstock.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.permitholders.housingstock.capacity.CapacityPlan.ExpectedDelivery;
import nl.permitholders.platform.api.InvalidParam;
import nl.permitholders.platform.period.Period;
import org.junit.jupiter.api.Test;

class CapacityPlanTest {

    /** Almelo's plan of approach: 150 mixed new-build homes with 100 places for permit holders, end 2026 and 2027. */
    static CapacityPlan almelo() {
        return new CapacityPlan(ProjectType.NEW_BUILD, 150, 100, List.of(
                new ExpectedDelivery(Period.parse("2027-H1"), 50, 35),
                new ExpectedDelivery(Period.parse("2026-H2"), 50, 30),
                new ExpectedDelivery(Period.parse("2027-H2"), 50, 35)));
    }

    @Test
    void expectedDeliveriesAddUpToThePlan() {
        assertThat(almelo().check().isEmpty()).isTrue();
        assertThat(almelo().expectedDeliveries()).extracting(e -> e.period().toString())
                .containsExactly("2026-H2", "2027-H1", "2027-H2");
    }

    @Test
    void deliveriesThatDoNotAddUpAreRefused() {
        CapacityPlan plan = new CapacityPlan(ProjectType.FLEX, 40, 20, List.of(
                new ExpectedDelivery(Period.parse("2026-H1"), 30, 10)));
        assertThat(plan.check().list()).extracting(InvalidParam::reason).containsExactly(
                "add up to 30 units, but the project has 40", "add up to 10 places for permit holders, but the project has 20");
    }

    @Test
    void aHalfYearAppearsOnceAndAtLeastOneIsNamed() {
        CapacityPlan twice = new CapacityPlan(ProjectType.FLEX, 20, 0, List.of(
                new ExpectedDelivery(Period.parse("2026-H1"), 10, 0), new ExpectedDelivery(Period.parse("2026-I"), 10, 0)));
        assertThat(twice.check().list()).extracting(InvalidParam::reason).containsExactly("names 2026-H1 more than once");
        assertThat(new CapacityPlan(ProjectType.FLEX, 20, 0, List.of()).check().list()).hasSize(1);
    }

    @Test
    void aPlanCannotShrinkBelowWhatWasDelivered() {
        assertThat(almelo().conflictWithDelivered(150, 100)).isNull();
        assertThat(almelo().conflictWithDelivered(151, 0)).contains("already delivered 151 units");
    }
}
