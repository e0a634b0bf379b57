package nl.permitholders.quota.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.permitholders.platform.api.InvalidParam;
import nl.permitholders.platform.period.Period;
import nl.permitholders.quota.exchange.QuotaExchange.Change;
import nl.permitholders.quota.succession.QuotaHolderRule;
import nl.permitholders.quota.succession.RecordedMerger;
import org.junit.jupiter.api.Test;

/** R2, Huisvestingswet 2014 art. 29 lid 2; after a merger, R3. */
class QuotaExchangeTest {

    private static final Period H1_2026 = Period.parse("2026-H1");
    private static final Set<String> EXISTING = Set.of("GM0141", "GM0147", "GM0153");
    private static final Map<String, Integer> QUOTAS = Map.of("GM0141", 73, "GM0147", 12, "GM0153", 160);
    private static final QuotaHolderRule NO_MERGERS = QuotaHolderRule.of(List.of());

    private static List<String> problems(List<Change> changes) {
        return QuotaExchange.check(H1_2026, changes, EXISTING, QUOTAS, NO_MERGERS).list().stream().map(InvalidParam::name).toList();
    }

    /** Weesp (GM0457) part of Amsterdam (GM0363) on 24 March 2022; Heerhugowaard and Langedijk Dijk en Waard (GM1980) on 1 April 2022. */
    private static final QuotaHolderRule MERGERS_IN_2022_H1 = QuotaHolderRule.of(List.of(
            new RecordedMerger("GM0363", List.of("GM0457"), LocalDate.of(2022, 3, 24), true, Instant.EPOCH),
            new RecordedMerger("GM1980", List.of("GM0398", "GM0416"), LocalDate.of(2022, 4, 1), false, Instant.EPOCH)));
    /** Every one of them exists on some day of 2022-H1; the merged ones' quotas went to the continuing ones. */
    private static final Set<String> EXISTING_IN_2022_H1 = Set.of("GM0363", "GM0457", "GM1980", "GM0398", "GM0416", "GM0141");

    private static List<InvalidParam> problemsIn(String period, Map<String, Integer> current, Change... changes) {
        return QuotaExchange.check(Period.parse(period), List.of(changes), EXISTING_IN_2022_H1, current, MERGERS_IN_2022_H1).list();
    }

    @Test
    void municipalitiesMayRedivideTheirQuotasWhenTheirTotalIsUnchanged() {
        assertThat(problems(List.of(new Change("GM0141", -10), new Change("GM0147", 4), new Change("GM0153", 6)))).isEmpty();
    }

    @Test
    void anExchangeThatChangesTheTotalIsRefused() {
        assertThat(problems(List.of(new Change("GM0141", -10), new Change("GM0147", 9)))).containsExactly("changes");
    }

    @Test
    void noMunicipalityIsLeftWithANegativeQuota() {
        assertThat(problems(List.of(new Change("GM0147", -13), new Change("GM0153", 13)))).containsExactly("changes[0].delta");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThat(problems(List.of(new Change("GM9999", 5), new Change("GM0141", 0), new Change("GM0141", 1))))
                .containsExactlyInAnyOrder("changes[0].municipalityCode", "changes[1].delta", "changes[2].municipalityCode", "changes");
    }

    @Test
    void anExchangeNeedsTwoMunicipalities() {
        assertThat(problems(List.of(new Change("GM0141", 0)))).containsExactly("changes");
    }

    @Test
    void aMunicipalityFormedInTheMiddleOfAHalfYearIsAPartyForThatHalfYearWhoseQuotaItHolds() {
        assertThat(problemsIn("2022-H1", Map.of("GM1980", 40, "GM0141", 10), new Change("GM1980", -15), new Change("GM0141", 15)))
                .isEmpty();
    }

    @Test
    void aMunicipalityMergedIntoAnotherIsNoPartyFromTheHalfYearOfItsMergerAndTheRefusalNamesWhoHoldsItsQuota() {
        List<InvalidParam> refused = problemsIn("2022-H1", Map.of("GM0363", 400, "GM0141", 10),
                new Change("GM0457", -5), new Change("GM0141", 5));
        assertThat(refused).extracting(InvalidParam::name).containsExactly("changes[0].municipalityCode");
        assertThat(refused.get(0).reason()).contains("GM0457 merged into GM0363 on 2022-03-24").contains("the quota of 2022-H1 is GM0363's");
        assertThat(problemsIn("2022-H2", Map.of("GM0141", 10), new Change("GM0398", 5), new Change("GM0141", -5)))
                .extracting(InvalidParam::name).containsExactly("changes[0].municipalityCode");
    }

    @Test
    void theHalfYearsBeforeTheMergerStayTheMergedMunicipalitys() {
        assertThat(problemsIn("2021-H2", Map.of("GM0457", 8, "GM0141", 10), new Change("GM0457", -5), new Change("GM0141", 5))).isEmpty();
        assertThat(problemsIn("2021-H2", Map.of("GM1980", 40, "GM0141", 10), new Change("GM1980", -5), new Change("GM0141", 5)))
                .extracting(InvalidParam::name).containsExactly("changes[0].municipalityCode");
    }

    @Test
    void exchangesAMergedMunicipalityMadeInTheHalfYearCountForTheOneThatHoldsIt() {
        // Dijk en Waard holds 40 of 2022-H1; Langedijk had handed over 30 of it before the merger: 10 is left to hand over.
        Map<String, Integer> current = Map.of("GM1980", 40, "GM0416", -30, "GM0141", 10);
        assertThat(problemsIn("2022-H1", current, new Change("GM1980", -10), new Change("GM0141", 10))).isEmpty();
        assertThat(problemsIn("2022-H1", current, new Change("GM1980", -11), new Change("GM0141", 11)))
                .extracting(InvalidParam::name, InvalidParam::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("changes[0].delta", "would leave GM1980 with a negative quota (10 -11)"));
    }
}
