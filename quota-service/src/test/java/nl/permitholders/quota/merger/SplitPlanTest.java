package nl.permitholders.quota.merger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.permitholders.platform.api.InvalidParam;
import nl.permitholders.quota.merger.SplitPlan.Receiver;
import nl.permitholders.quota.merger.SplitPlan.Registered;
import org.junit.jupiter.api.Test;

/** R3, splits: a municipality divided over two or more that exist on the day, by shares that are the whole. */
class SplitPlanTest {

    private static final String HAAREN = "GM0788";
    private static final LocalDate NEW_YEAR_2021 = LocalDate.of(2021, 1, 1);
    private static final Registered EXISTS = new Registered(true, true);
    private static final Map<String, Registered> RECEIVERS = Map.of("GM0757", EXISTS, "GM0824", EXISTS, "GM0855", EXISTS,
            "GM0865", EXISTS);
    private static final List<Receiver> HAARENS_PARTS = List.of(new Receiver("GM0757", 4_000), new Receiver("GM0824", 5_500),
            new Receiver("GM0855", 1_500), new Receiver("GM0865", 3_000));

    private static List<String> problems(Registered split, List<Receiver> receivers, Map<String, Registered> registered,
                                         Integer population) {
        return SplitPlan.check(HAAREN, split, receivers, registered, NEW_YEAR_2021, population).list().stream()
                .map(InvalidParam::name).toList();
    }

    @Test
    void haarenIsSplitOverFourMunicipalitiesByItsPartsOfThePopulation() {
        assertThat(problems(EXISTS, HAARENS_PARTS, RECEIVERS, 14_000)).isEmpty();
    }

    @Test
    void withoutAKnownPopulationTheSharesAreTheWhole() {
        assertThat(problems(EXISTS, HAARENS_PARTS, RECEIVERS, null)).isEmpty();
    }

    @Test
    void sharesThatDoNotAddUpToThePopulationAreRefused() {
        assertThat(problems(EXISTS, HAARENS_PARTS, RECEIVERS, 14_001)).containsExactly("receivers");
    }

    @Test
    void aReceiverThatIsNotRegisteredIsRefused() {
        assertThat(problems(EXISTS, HAARENS_PARTS, Map.of("GM0757", EXISTS, "GM0824", EXISTS, "GM0855", EXISTS), null))
                .containsExactly("receivers[3].municipalityCode");
    }

    @Test
    void aReceiverThatHasCeasedToExistOnTheDayIsRefused() {
        Map<String, Registered> registered = new java.util.HashMap<>(RECEIVERS);
        registered.put("GM0865", new Registered(true, false));
        assertThat(problems(EXISTS, HAARENS_PARTS, registered, null)).containsExactly("receivers[3].municipalityCode");
    }

    @Test
    void aReceiverFormedOnTheDayOfTheSplitReceivesItsPart() {
        // Winsum over Het Hogeland and Westerkwartier, both formed on 1 January 2019
        Registered formedThatDay = new Registered(false, true);
        assertThat(SplitPlan.check("GM0053", EXISTS, List.of(new Receiver("GM1966", 1), new Receiver("GM1969", 1)),
                Map.of("GM1966", formedThatDay, "GM1969", formedThatDay), LocalDate.of(2019, 1, 1), null).list()).isEmpty();
    }

    @Test
    void aMunicipalityIsNotSplitOverItselfNorOverTheSameReceiverTwice() {
        Map<String, Registered> registered = Map.of(HAAREN, EXISTS, "GM0757", EXISTS);
        assertThat(problems(EXISTS, List.of(new Receiver(HAAREN, 1), new Receiver("GM0757", 1), new Receiver("GM0757", 1)),
                registered, null)).containsExactly("receivers[0].municipalityCode", "receivers[2].municipalityCode");
    }

    @Test
    void aSplitDividesOverAtLeastTwo() {
        assertThat(problems(EXISTS, List.of(new Receiver("GM0757", 1)), RECEIVERS, null)).containsExactly("receivers");
    }

    @Test
    void aShareIsAtLeastOnePerson() {
        assertThat(problems(EXISTS, List.of(new Receiver("GM0757", 0), new Receiver("GM0824", 5)), RECEIVERS, null))
                .containsExactly("receivers[0].share");
    }

    @Test
    void aMunicipalityThatIsNotRegisteredOrHasCeasedAlreadyIsNotSplit() {
        assertThat(problems(null, HAARENS_PARTS, RECEIVERS, null)).containsExactly("municipalityCode");
        assertThat(problems(new Registered(true, false), HAARENS_PARTS, RECEIVERS, null)).containsExactly("municipalityCode");
        assertThat(problems(new Registered(false, false), HAARENS_PARTS, RECEIVERS, null)).containsExactly("municipalityCode");
    }
}
