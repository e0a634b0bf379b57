package nl.permitholders.supervision.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.permitholders.platform.period.Period;
import org.junit.jupiter.api.Test;

/**
 * R3: the half-year that contains a merger belongs wholly to the continuing municipality, new or absorbing; it carries in
 * the merged ones' backlogs at the end of the half-year before, and their couplings and placements are its own.
 */
class MergerTakeOverTest {

    private static final Period H2_2026 = Period.parse("2026-H2");
    private static final Period H1_2027 = Period.parse("2027-H1");
    private static final LocalDate WEESP_JOINS_AMSTERDAM = LocalDate.of(2022, 3, 24);

    @Test
    void aNewMunicipalityCarriesInTheMergedOnesBacklogsAtTheEndOfTheHalfYearBefore() {
        BacklogLedger behind = ledger("GM0001", quota("GM0001", H2_2026, 30), housed("GM0001", LocalDate.of(2026, 9, 1), 10));
        BacklogLedger alsoBehind = ledger("GM0002", quota("GM0002", H2_2026, 25));

        BacklogLedger formed = MergerTakeOver.continuing("GM0003", List.of(quota("GM0003", H1_2027, 20)),
                Map.of(H1_2027.firstDay(), List.of(behind, alsoBehind)));

        assertThat(formed.start()).contains(H1_2027);
        PeriodFigures figures = formed.figures(H1_2027, null);
        assertThat(figures.carriedBacklog()).isEqualTo(20 + 25);
        assertThat(figures.backlog()).isEqualTo(20 + 25 + 20);
    }

    @Test
    void aMergedMunicipalityAheadMakesUpForAnotherBehind() {
        BacklogLedger ahead = ledger("GM0001", quota("GM0001", H2_2026, 5), housed("GM0001", LocalDate.of(2026, 8, 1), 12));
        BacklogLedger behind = ledger("GM0002", quota("GM0002", H2_2026, 10));

        assertThat(MergerTakeOver.continuing("GM0003", List.of(), Map.of(H1_2027.firstDay(), List.of(ahead, behind)))
                .figures(H1_2027, null).carriedBacklog()).isEqualTo(-7 + 10);
    }

    /** The case: 10 persons coupled to GM0001 on 1 November 2026, GM0001 and GM0002 form GM0003 on 1 January 2027. */
    @Test
    void personsCoupledToAMergedMunicipalityAreTheContinuingOnesToHouseAndCountWhenItHousesThem() {
        String coupling = UUID.randomUUID().toString();
        BacklogLedger gm0001 = ledger("GM0001", quota("GM0001", H2_2026, 10),
                Entries.coupled(UUID.randomUUID(), "t", "GM0001", LocalDate.of(2026, 11, 1), 10, coupling, "FAMILY"));
        BacklogLedger gm0002 = ledger("GM0002", quota("GM0002", H2_2026, 0));
        List<LedgerEntry> own = List.of(quota("GM0003", H1_2027, 10));

        BacklogLedger before = MergerTakeOver.continuing("GM0003", own, Map.of(H1_2027.firstDay(), List.of(gm0001, gm0002)));
        assertThat(before.coupledUnhousedPersons(LocalDate.of(2027, 4, 1))).isEqualTo(10);
        assertThat(before.overdueCouplings(LocalDate.of(2027, 4, 1)).couplings()).isNotZero();

        // GM0003 houses them on 1 May 2027: the placement carries the coupling's municipality, GM0001.
        BacklogLedger gm0001Housed = ledger("GM0001", with(gm0001, Entries.housed(UUID.randomUUID(), "t", "GM0001",
                LocalDate.of(2027, 5, 1), 10, UUID.randomUUID().toString(), coupling, "HOUSE", false)));
        BacklogLedger after = MergerTakeOver.continuing("GM0003", own, Map.of(H1_2027.firstDay(), List.of(gm0001Housed, gm0002)));
        assertThat(after.figures(H1_2027, null).housed()).isEqualTo(10);
        assertThat(after.figures(H1_2027, null).backlog()).isEqualTo(10 + 10 - 10);
        assertThat(after.coupledUnhousedPersons(LocalDate.of(2027, 6, 1))).isZero();
    }

    /** CBS: Weesp (GM0457) part of Amsterdam (GM0363) from 24 March 2022; quotas and persons here are illustrative. */
    @Test
    void weespAbsorbedOnTheTwentyFourthOfMarchMakesTheWholeHalfYearAmsterdams() {
        Period h2021 = Period.parse("2021-H2");
        Period h2022 = Period.parse("2022-H1");
        BacklogLedger weesp = ledger("GM0457", quota("GM0457", h2021, 11), housed("GM0457", LocalDate.of(2021, 10, 1), 8),
                quota("GM0457", h2022, 12), quotaVersion("GM0457", h2022, 0, 2),
                housed("GM0457", LocalDate.of(2022, 2, 1), 4), housed("GM0457", LocalDate.of(2022, 5, 1), 5));
        List<LedgerEntry> amsterdam = List.of(quota("GM0363", h2021, 500), housed("GM0363", LocalDate.of(2021, 11, 1), 450),
                quota("GM0363", h2022, 552), quotaVersion("GM0363", h2022, 564, 2), housed("GM0363", LocalDate.of(2022, 4, 1), 300));

        BacklogLedger continuing = MergerTakeOver.continuing("GM0363", amsterdam, Map.of(WEESP_JOINS_AMSTERDAM, List.of(weesp)));

        PeriodFigures before = continuing.figures(h2021, null);
        assertThat(before.quota()).isEqualTo(500);
        assertThat(before.backlog()).isEqualTo(50);
        PeriodFigures merged = continuing.figures(h2022, null);
        assertThat(merged.carriedBacklog()).isEqualTo(50 + 3);
        assertThat(merged.quota()).isEqualTo(564);
        assertThat(merged.housed()).isEqualTo(300 + 4 + 5);
        assertThat(merged.backlog()).isEqualTo(53 + 564 - 309);
        assertThat(weesp.figures(h2021, null).backlog()).as("Weesp's earlier half-year stays Weesp's").isEqualTo(3);
    }

    /**
     * One moment of responsibility: the half-year's figures are Amsterdam's as a whole, but Weesp's staff answer for
     * Weesp's waiting couplings until 24 March 2022, as placement-service gives them to Amsterdam's from that day.
     */
    @Test
    void weespsWaitingAndOverdueCouplingsAreAmsterdamsFromTheMergerDateNotFromTheHalfYearsFirstDay() {
        String coupling = UUID.randomUUID().toString();
        BacklogLedger weesp = ledger("GM0457", quota("GM0457", Period.parse("2021-H2"), 6),
                Entries.coupled(UUID.randomUUID(), "t", "GM0457", LocalDate.of(2021, 11, 1), 6, coupling, "FAMILY"));
        List<LedgerEntry> amsterdam = List.of(quota("GM0363", Period.parse("2022-H1"), 552));

        BacklogLedger continuing = MergerTakeOver.continuing("GM0363", amsterdam, Map.of(WEESP_JOINS_AMSTERDAM, List.of(weesp)));

        LocalDate dayBefore = WEESP_JOINS_AMSTERDAM.minusDays(1);
        assertThat(continuing.coupledUnhousedPersons(LocalDate.of(2022, 1, 1))).as("on the half-year's first day: Weesp's").isZero();
        assertThat(continuing.coupledUnhousedPersons(dayBefore)).as("the day before the merger: Weesp's").isZero();
        assertThat(continuing.overdueCouplings(dayBefore).couplings()).isZero();
        assertThat(weesp.coupledUnhousedPersons(dayBefore)).isEqualTo(6);
        assertThat(continuing.coupledUnhousedPersons(WEESP_JOINS_AMSTERDAM)).as("from the merger date: Amsterdam's").isEqualTo(6);
        assertThat(continuing.overdueCouplings(WEESP_JOINS_AMSTERDAM).couplings()).isEqualTo(1);
        assertThat(continuing.figures(Period.parse("2022-H1"), null).carriedBacklog())
                .as("the half-year's figures are Amsterdam's as a whole").isEqualTo(6);
    }

    /**
     * quota-service gives the continuing municipality the sum of its parts' quotas from the merger's half-year on; a quota
     * a merged municipality still has there, or was given after its merger, is in that sum or is none of its own.
     */
    @Test
    void theContinuingMunicipalitysQuotaIsItsOwnTheMergedOnesAreNotCountedAgain() {
        BacklogLedger weesp = ledger("GM0457", quota("GM0457", H2_2026, 0), quota("GM0457", H1_2027, 12),
                quotaVersion("GM0457", H1_2027, 11, 2));
        List<LedgerEntry> amsterdam = List.of(quota("GM0363", H1_2027, 552), quotaVersion("GM0363", H1_2027, 564, 2));

        BacklogLedger continuing = MergerTakeOver.continuing("GM0363", amsterdam, Map.of(H1_2027.firstDay(), List.of(weesp)));

        assertThat(continuing.quota(H1_2027)).isEqualTo(564);
        assertThat(continuing.entriesOf(H1_2027)).extracting(LedgerEntry::municipalityCode).containsOnly("GM0363");
    }

    /** CBS: Haarlemmerliede en Spaarnwoude (GM0393) part of Haarlemmermeer (GM0394) from 1 January 2019. */
    @Test
    void haarlemmerliedesBacklogAddsToHaarlemmermeersOwnAndItsCouplingsWaitThereFromTheMergerOn() {
        Period h2018 = Period.parse("2018-H2");
        Period h2019 = Period.parse("2019-H1");
        String coupling = UUID.randomUUID().toString();
        BacklogLedger haarlemmerliede = ledger("GM0393", quota("GM0393", h2018, 4),
                Entries.coupled(UUID.randomUUID(), "t", "GM0393", LocalDate.of(2018, 12, 1), 3, coupling, "FAMILY"));
        List<LedgerEntry> haarlemmermeer = List.of(quota("GM0394", h2018, 70),
                Entries.coupled(UUID.randomUUID(), "t", "GM0394", LocalDate.of(2018, 8, 1), 60, "own", "FAMILY"),
                housed("GM0394", LocalDate.of(2018, 9, 1), 60), quota("GM0394", h2019, 80));

        BacklogLedger continuing = MergerTakeOver.continuing("GM0394", haarlemmermeer, Map.of(h2019.firstDay(), List.of(haarlemmerliede)));

        assertThat(continuing.figures(h2019, null).carriedBacklog()).isEqualTo(10 + 4);
        assertThat(continuing.coupledUnhousedPersons(LocalDate.of(2018, 12, 31))).as("before the merger: its own").isZero();
        assertThat(continuing.coupledUnhousedPersons(LocalDate.of(2019, 1, 1))).isEqualTo(3);
    }

    @Test
    void coasPositionAdoptedAtTheMergerHoldsANewMunicipalitysTakeOverButNotAnAbsorbingOnes() {
        BacklogLedger merged = ledger("GM0001", quota("GM0001", H2_2026, 30));
        OffsetDateTime at = OffsetDateTime.of(2027, 1, 20, 9, 0, 0, 0, ZoneOffset.UTC);
        LedgerEntry coaNew = LedgerEntry.anchored(UUID.randomUUID(), "GM0003", H1_2027.firstDay(), 35, "COA", "ov", at);
        assertThat(MergerTakeOver.continuing("GM0003", List.of(coaNew), Map.of(H1_2027.firstDay(), List.of(merged)))
                .figures(H1_2027, null).carriedBacklog()).isEqualTo(35);

        LedgerEntry coaOwn = LedgerEntry.anchored(UUID.randomUUID(), "GM0004", H1_2027.firstDay(), 5, "COA", "ov", at);
        List<LedgerEntry> absorbing = List.of(quota("GM0004", H2_2026, 5), coaOwn);
        assertThat(MergerTakeOver.continuing("GM0004", absorbing, Map.of(H1_2027.firstDay(), List.of(merged)))
                .figures(H1_2027, null).carriedBacklog()).isEqualTo(5 + 30);
    }

    private static LedgerEntry[] with(BacklogLedger ledger, LedgerEntry entry) {
        List<LedgerEntry> all = new ArrayList<>(ledger.entries());
        all.add(entry);
        return all.toArray(LedgerEntry[]::new);
    }

    private static BacklogLedger ledger(String code, LedgerEntry... entries) {
        return new BacklogLedger(code, List.of(entries));
    }

    private static LedgerEntry quota(String code, Period period, int persons) {
        return quotaVersion(code, period, persons, 1);
    }

    private static LedgerEntry quotaVersion(String code, Period period, int persons, int version) {
        return Entries.quota(UUID.randomUUID(), "t", code, period, persons, version);
    }

    private static LedgerEntry housed(String code, LocalDate on, int persons) {
        return Entries.housed(UUID.randomUUID(), "t", code, on, persons, UUID.randomUUID().toString());
    }

    /**
     * A receiver that merges away in the split's half-year carries its part into the municipality it merges into: the
     * half-year is wholly that one's. Haaren (23 to house) split over Vught and Boxtel on 1 January 2021, 1 : 1 (12 and
     * 11); Vught (30 behind) merges into a new municipality on 1 April 2021: it carries in 30 + 12.
     */
    @Test
    void aReceiverMergingInTheSplitsHalfYearCarriesItsPartIntoTheContinuingMunicipality() {
        Period h2020 = Period.parse("2020-H2");
        Period h2021 = Period.parse("2021-H1");
        BacklogLedger haaren = ledger("GM0788", quota("GM0788", h2020, 25), housed("GM0788", LocalDate.of(2020, 9, 1), 2))
                .splitOn(h2021.firstDay());
        Map<String, Long> shares = new java.util.LinkedHashMap<>();
        shares.put("GM0865", 1L);
        shares.put("GM0757", 1L);
        BacklogLedger vught = ledger("GM0865", quota("GM0865", h2020, 30))
                .withTakeOvers(SplitBacklogRule.partsFor("GM0865", h2021.firstDay(), haaren, shares));
        assertThat(vught.figures(h2021, null).carriedBacklog()).isEqualTo(30 + 12);

        BacklogLedger formed = MergerTakeOver.continuing("GM1999", List.of(quota("GM1999", h2021, 40)),
                Map.of(LocalDate.of(2021, 4, 1), List.of(vught)));

        assertThat(formed.figures(h2021, null).carriedBacklog()).isEqualTo(30 + 12);
    }

    /** An adoption of COA's figure for the continuing municipality at the merger's half-year, decided on 10 January 2027. */
    private static LedgerEntry adopted(String code, AdoptedFigure figure, int position) {
        return LedgerEntry.anchored(UUID.randomUUID(), figure.eventType(), code, H1_2027.firstDay(), position, H1_2027.firstDay(),
                "stand TVS", "provincie", OffsetDateTime.of(2027, 1, 10, 10, 0, 0, 0, ZoneOffset.UTC), null, Adopter.PROVINCE);
    }

    /** A position of 0 adopted for a new municipality is a position: nothing of its parts is added to it. */
    @Test
    void anAdoptedZeroForANewMunicipalityIsItsBacklogCarriedIn() {
        BacklogLedger behind = ledger("GM0001", quota("GM0001", H2_2026, 25));
        BacklogLedger alsoBehind = ledger("GM0002", quota("GM0002", H2_2026, 20));

        BacklogLedger formed = MergerTakeOver.continuing("GM0003", List.of(quota("GM0003", H1_2027, 10),
                adopted("GM0003", AdoptedFigure.END_POSITION, 0)), Map.of(H1_2027.firstDay(), List.of(behind, alsoBehind)));

        assertThat(formed.figures(H1_2027, null).carriedBacklog()).isZero();
        assertThat(formed.withoutAdoptions().figures(H1_2027, null).carriedBacklog()).isEqualTo(45);
    }

    /**
     * COA's amount carried into the merger's half-year follows the new division: for an absorbing municipality it holds
     * the absorbed one's backlog already. Its end position of the half-year before is its own territory's only. An
     * absorbing municipality 100 behind at the end of 2026, absorbing one 20 behind on 1 January 2027.
     */
    @Test
    void coasAmountCarriedInForAnAbsorbingMunicipalityHoldsTheAbsorbedBacklogAlready() {
        List<LedgerEntry> own = List.of(quota("GM0003", H2_2026, 100), quota("GM0003", H1_2027, 10));
        BacklogLedger absorbed = ledger("GM0002", quota("GM0002", H2_2026, 20));

        List<LedgerEntry> carriedIn = new ArrayList<>(own);
        carriedIn.add(adopted("GM0003", AdoptedFigure.CARRIED_IN, 125));
        assertThat(MergerTakeOver.continuing("GM0003", carriedIn, Map.of(H1_2027.firstDay(), List.of(absorbed)))
                .figures(H1_2027, null).carriedBacklog()).isEqualTo(125);

        List<LedgerEntry> endPosition = new ArrayList<>(own);
        endPosition.add(adopted("GM0003", AdoptedFigure.END_POSITION, 103));
        assertThat(MergerTakeOver.continuing("GM0003", endPosition, Map.of(H1_2027.firstDay(), List.of(absorbed)))
                .figures(H1_2027, null).carriedBacklog()).isEqualTo(103 + 20);
    }

    /**
     * R7: a merger between COA's reference date and the deadline. The continuing municipality's half-year holds the
     * absorbed one's quota and couplings: its coupling test counts the absorbed one's couplings too. Quota 10 (its own and
     * the absorbed one's together), 6 of its own coupled and housed by 1 May, 10 coupled to the absorbed one: on 1 April
     * 16 were coupled for 10 to house, no deficit; 4 behind is not met.
     */
    @Test
    void aMergerAfterTheReferenceDateLeavesTheMergedCouplingsInTheCouplingTest() {
        Period h1 = Period.parse("2025-H1");
        String ownCoupling = UUID.randomUUID().toString();
        BacklogLedger absorbed = ledger("GM0002", Entries.coupled(UUID.randomUUID(), "t", "GM0002", LocalDate.of(2025, 1, 15), 10,
                UUID.randomUUID().toString(), "FAMILY"));
        List<LedgerEntry> own = List.of(quota("GM0003", h1, 10),
                Entries.coupled(UUID.randomUUID(), "t", "GM0003", LocalDate.of(2025, 1, 15), 6, ownCoupling, "FAMILY"),
                Entries.housed(UUID.randomUUID(), "t", "GM0003", LocalDate.of(2025, 5, 1), 6, UUID.randomUUID().toString(), ownCoupling,
                        null, null));
        BacklogLedger continuing = MergerTakeOver.continuing("GM0003", own, Map.of(LocalDate.of(2025, 6, 1), List.of(absorbed)));

        nl.permitholders.supervision.verdict.DeadlineJudge.Judgement judged = nl.permitholders.supervision.verdict.DeadlineJudge.judge(continuing, h1);

        assertThat(judged.backlog()).isEqualTo(4);
        assertThat(judged.coupledUnhousedAtReferenceDate()).isEqualTo(16);
        assertThat(judged.verdict()).isEqualTo(nl.permitholders.supervision.verdict.Verdict.NOT_MET);
    }
}
