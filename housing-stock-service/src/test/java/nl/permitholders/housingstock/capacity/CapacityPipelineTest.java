package nl.permitholders.housingstock.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.permitholders.housingstock.capacity.CapacityPipeline.Delivered;
import nl.permitholders.housingstock.capacity.CapacityPipeline.HalfYear;
import nl.permitholders.housingstock.capacity.CapacityPlan.ExpectedDelivery;
import nl.permitholders.platform.period.Period;
import org.junit.jupiter.api.Test;

class CapacityPipelineTest {

    @Test
    void expectedAndDeliveredAddUpPerHalfYear() {
        CapacityPlan flex = new CapacityPlan(ProjectType.FLEX, 20, 20, List.of(new ExpectedDelivery(Period.parse("2026-H2"), 20, 20)));
        CapacityPipeline pipeline = CapacityPipeline.of(List.of(CapacityPlanTest.almelo(), flex),
                List.of(new Delivered(Period.parse("2026-H2"), 40, 30), new Delivered(Period.parse("2026-H1"), 5, 5)));

        assertThat(pipeline.plannedUnits()).isEqualTo(170);
        assertThat(pipeline.plannedPermitHolderPlaces()).isEqualTo(120);
        assertThat(pipeline.deliveredUnits()).isEqualTo(45);
        assertThat(pipeline.remainingUnits()).isEqualTo(125);
        assertThat(pipeline.remainingPermitHolderPlaces()).isEqualTo(85);
        assertThat(pipeline.halfYears()).containsExactly(
                new HalfYear("2026-H1", 0, 0, 5, 5),
                new HalfYear("2026-H2", 70, 50, 40, 30),
                new HalfYear("2027-H1", 50, 35, 0, 0),
                new HalfYear("2027-H2", 50, 35, 0, 0));
    }

    @Test
    void withoutProjectsThePipelineIsEmpty() {
        CapacityPipeline pipeline = CapacityPipeline.of(List.of(), List.of());
        assertThat(pipeline.halfYears()).isEmpty();
        assertThat(pipeline.remainingUnits()).isZero();
    }
}
