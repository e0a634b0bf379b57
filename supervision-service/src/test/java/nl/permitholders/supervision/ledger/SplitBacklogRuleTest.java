package nl.permitholders.supervision.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.permitholders.platform.period.Period;
import org.junit.jupiter.api.Test;

/** R3, splits: each receiver carries its share of the split municipality's backlog into the split's half-year. */
class SplitBacklogRuleTest {

    private static final String HAAREN = "GM0788";
    private static final String BOXTEL = "GM0757";
    private static final String VUGHT = "GM0865";
    private static final Period H2_2020 = Period.parse("2020-H2");
    private static final Period H1_2021 = Period.parse("2021-H1");

    private static Map<String, Long> shares() {
        Map<String, Long> shares = new LinkedHashMap<>();
        shares.put(BOXTEL, 4_000L);
        shares.put("GM0824", 5_500L);
        shares.put("GM0855", 1_500L);
        shares.put(VUGHT, 3_000L);
        return shares;
    }

    /** Haaren ends 2020 with 23 to house: quota 25, 2 housed. */
    private static BacklogLedger haaren(int quota, int housed) {
        return new BacklogLedger(HAAREN, List.of(
                Entries.quota(UUID.randomUUID(), "t", HAAREN, H2_2020, quota, 1),
                Entries.housed(UUID.randomUUID(), "t", HAAREN, LocalDate.of(2020, 9, 1), housed, UUID.randomUUID().toString())));
    }

    @Test
    void eachReceiverCarriesItsShareOfHaarensBacklogIntoTheSplitsHalfYear() {
        BacklogLedger haaren = haaren(25, 2);
        // 23 by 4,000 / 5,500 / 1,500 / 3,000: 7, 9, 2, 5
        assertEquals(7, SplitBacklogRule.partFor(BOXTEL, H1_2021, haaren, shares()).backlog());
        assertEquals(5, SplitBacklogRule.partFor(VUGHT, H1_2021, haaren, shares()).backlog());
        assertEquals(23, shares().keySet().stream().mapToInt(code -> SplitBacklogRule.partFor(code, H1_2021, haaren, shares()).backlog()).sum());
    }

    @Test
    void vughtCarriesInItsOwnBacklogAndItsPartOfHaarens() {
        BacklogLedger vught = new BacklogLedger(VUGHT, List.of(
                Entries.quota(UUID.randomUUID(), "t", VUGHT, H2_2020, 30, 1),
                Entries.quota(UUID.randomUUID(), "t", VUGHT, H1_2021, 35, 1)))
                .withTakeOvers(List.of(SplitBacklogRule.partFor(VUGHT, H1_2021, haaren(25, 2), shares())));
        PeriodFigures figures = vught.figures(H1_2021, null);
        assertEquals(30 + 5, figures.carriedBacklog());
        assertEquals(30 + 5 + 35, figures.backlog());
    }

    @Test
    void aSplitInTheCourseOfTheHalfYearDividesItsBacklogLessThePersonsHousedBeforeIt() {
        // Haaren ends 2020 with 23 to house and houses 3 more on 1 February 2021; split on 1 April 2021: 20 are divided
        BacklogLedger haaren = new BacklogLedger(HAAREN, List.of(
                Entries.quota(UUID.randomUUID(), "t", HAAREN, H2_2020, 25, 1),
                Entries.housed(UUID.randomUUID(), "t", HAAREN, LocalDate.of(2020, 9, 1), 2, UUID.randomUUID().toString()),
                Entries.housed(UUID.randomUUID(), "t", HAAREN, LocalDate.of(2021, 2, 1), 3, UUID.randomUUID().toString())));
        LocalDate april = LocalDate.of(2021, 4, 1);
        // 20 by 4,000 / 5,500 / 1,500 / 3,000: 5.7, 7.9, 2.1, 4.3 → 6, 8, 2, 4 (the largest remainders first)
        assertEquals(20, shares().keySet().stream().mapToInt(code -> SplitBacklogRule.partFor(code, april, haaren, shares()).backlog()).sum());
        assertEquals(8, SplitBacklogRule.partFor("GM0824", april, haaren, shares()).backlog());
        assertEquals(april, SplitBacklogRule.partFor(VUGHT, april, haaren, shares()).date());
    }

    @Test
    void aLeadIsDividedAsALead() {
        BacklogLedger ahead = haaren(10, 20);
        assertEquals(-3, SplitBacklogRule.partFor(BOXTEL, H1_2021, ahead, shares()).backlog());
        assertEquals(-10, shares().keySet().stream().mapToInt(code -> SplitBacklogRule.partFor(code, H1_2021, ahead, shares()).backlog()).sum());
    }

    /**
     * The receivers' own arithmetic and their figures as known on a date take the split municipality's own arithmetic,
     * or what was adopted for it by then, into their part: COA's end position of 30 adopted for Haaren at 1 January 2021
     * (23 by the system's figures) gives Vught 6 of 30, its own arithmetic 5 of 23.
     */
    @Test
    void aReceiversOwnArithmeticTakesTheSplitMunicipalitysOwnArithmeticIntoItsPart() {
        List<LedgerEntry> entries = new java.util.ArrayList<>(haaren(25, 2).entries());
        entries.add(LedgerEntry.anchored(UUID.randomUUID(), HAAREN, H1_2021.firstDay(), 30, "stand TVS", "supervisor",
                java.time.OffsetDateTime.parse("2021-01-20T10:00:00+01:00")));
        BacklogLedger haaren = new BacklogLedger(HAAREN, entries).splitOn(H1_2021.firstDay());
        BacklogLedger vught = new BacklogLedger(VUGHT, List.of(Entries.quota(UUID.randomUUID(), "t", VUGHT, H1_2021, 35, 1)))
                .withTakeOvers(SplitBacklogRule.partsFor(VUGHT, H1_2021.firstDay(), haaren, shares()));

        assertEquals(6, vught.figures(H1_2021, null).carriedBacklog(), "30 by 4,000 / 5,500 / 1,500 / 3,000: 9, 12, 3, 6");
        assertEquals(5, vught.withoutAdoptions().figures(H1_2021, null).carriedBacklog());
        assertEquals(5, vught.knownOn(LocalDate.of(2021, 1, 10)).figures(H1_2021, null).carriedBacklog(),
                "before the adoption was decided");
        assertEquals(6, vught.forTheNationalSeries().figures(H1_2021, null).carriedBacklog());
    }
}
