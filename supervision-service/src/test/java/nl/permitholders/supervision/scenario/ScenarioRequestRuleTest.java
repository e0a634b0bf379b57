package nl.permitholders.supervision.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import nl.permitholders.platform.api.InvalidInputException;
import nl.permitholders.platform.api.InvalidParam;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.forecast.Forecast;
import nl.permitholders.supervision.scenario.ScenarioRequest.AssumptionsRequest;
import nl.permitholders.supervision.scenario.ScenarioRequest.NationalTotal;
import nl.permitholders.supervision.scenario.ScenarioRequest.StatedHouseholds;
import org.junit.jupiter.api.Test;

/** What a scenario may ask: coming half-years, each once, at most three years ahead; a stated mix that fits its homes. */
class ScenarioRequestRuleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Test
    void theCurrentHalfYearAndTheFiveAfterItMayBeAskedEachOnceInAnyOrder() {
        ScenarioRequestRule.Asked asked = ScenarioRequestRule.asked(List.of(new NationalTotal("2027-H2", 12_000),
                new NationalTotal("2026-II", 9_000), new NationalTotal("2029-H1", 15_000)), null, TODAY, "");

        assertThat(asked.nationalTotals()).containsExactly(java.util.Map.entry(Period.parse("2026-H2"), 9_000),
                java.util.Map.entry(Period.parse("2027-H2"), 12_000), java.util.Map.entry(Period.parse("2029-H1"), 15_000));
        assertThat(asked.assumptions()).isEqualTo(ScenarioRule.Assumptions.defaults());
        assertThat(asked.assumptions().forecast()).isEqualTo(Forecast.Basis.WITH_PLAN);
    }

    @Test
    void aHalfYearThatEndedOneTooFarAheadOrOneAskedTwiceIsRefusedNamingIt() {
        assertThatThrownBy(() -> ScenarioRequestRule.asked(List.of(new NationalTotal("2026-H1", 1), new NationalTotal("2029-H2", 1),
                new NationalTotal("2027-H1", 1), new NationalTotal("2027-I", 2), new NationalTotal("2027-H3", 1)), null, TODAY, "scenarios[1]."))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.invalidParams())
                        .extracting(InvalidParam::name).containsExactly("scenarios[1].halfYears[0].period", "scenarios[1].halfYears[1].period",
                                "scenarios[1].halfYears[3].period", "scenarios[1].halfYears[4].period"));
    }

    @Test
    void aStatedMixMustFitItsKindsOfHomeAndTheForecastBeOneWithoutAnAssumedNumber() {
        AssumptionsRequest assumptions = new AssumptionsRequest("ASSUMPTION", null, null, null, List.of(
                new StatedHouseholds(HomeKind.ROOM, 10, 12), new StatedHouseholds(HomeKind.LARGE_FAMILY_HOME, 2, 13),
                new StatedHouseholds(HomeKind.SMALL_HOME, 4, 10), new StatedHouseholds(HomeKind.ROOM, 1, 1)));

        assertThatThrownBy(() -> ScenarioRequestRule.asked(List.of(new NationalTotal("2027-H1", 1)), assumptions, TODAY, ""))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.invalidParams())
                        .extracting(InvalidParam::name).containsExactly("assumptions.forecast", "assumptions.householdMix[0].persons",
                                "assumptions.householdMix[1].persons", "assumptions.householdMix[3].kind"));
    }

    @Test
    void aStatedMixAndTheWindowsAreTheAssumptionsTheScenarioRestsOn() {
        ScenarioRequestRule.Asked asked = ScenarioRequestRule.asked(List.of(new NationalTotal("2027-H1", 1)),
                new AssumptionsRequest("UNCHANGED_POLICY", 3, 12, 5, List.of(new StatedHouseholds(HomeKind.SMALL_HOME, 4, 10))), TODAY, "");

        assertThat(asked.assumptions().forecast()).isEqualTo(Forecast.Basis.UNCHANGED_POLICY);
        assertThat(asked.assumptions().paceMonths()).isEqualTo(3);
        assertThat(asked.assumptions().householdMixMonths()).isEqualTo(12);
        assertThat(asked.assumptions().minimumHouseholds()).isEqualTo(5);
        assertThat(asked.assumptions().statedMix()).get().extracting(HouseholdMix::persons).isEqualTo(10);
    }

    @Test
    void aKeptScenarioReadLaterLeavesOutTheHalfYearsThatEnded() {
        List<NationalTotal> kept = List.of(new NationalTotal("2026-H2", 9_000), new NationalTotal("2027-H1", 10_000));

        assertThat(ScenarioRequestRule.stillAhead(kept, null, LocalDate.of(2027, 2, 1)).orElseThrow().nationalTotals())
                .containsOnlyKeys(Period.parse("2027-H1"));
        assertThat(ScenarioRequestRule.stillAhead(kept, null, LocalDate.of(2027, 7, 1))).isEmpty();
    }
}
