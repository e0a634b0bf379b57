package nl.permitholders.supervision.actionplan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.actionplan.ActionPlanProgress.PeriodProgress;
import nl.permitholders.supervision.actionplan.ActionPlanProgress.Standing;
import nl.permitholders.supervision.actionplan.Measure.ExpectedHoused;
import nl.permitholders.supervision.ledger.BacklogLedger;
import nl.permitholders.supervision.ledger.Entries;
import nl.permitholders.supervision.ledger.LedgerEntry;
import org.junit.jupiter.api.Test;

/** Almelo's plan of approach of 27 March 2025: five measures that together expect 75 persons housed in 2025. */
public class ActionPlanProgressTest {

    private static final String ALMELO = "GM0141";
    private static final Period H1_2025 = Period.parse("2025-H1");
    private static final Period H2_2025 = Period.parse("2025-H2");
    private static final Period H1_2026 = Period.parse("2026-H1");

    public static List<Measure> almelosPlan() {
        return List.of(
                measure("Woningdelen (shared housing)", Term.SHORT, "2025-H1", 15, "2025-H2", 15),
                measure("Nieuwbouw voor een brede doelgroep (new-build for a broad target group)", Term.MEDIUM,
                        "2025-H2", 10, "2026-H1", 20, "2026-H2", 20),
                measure("Doorstroming (flow-through)", Term.MEDIUM, "2025-H1", 10, "2025-H2", 10, "2026-H1", 10),
                measure("Doelgroepen combineren (combining target groups)", Term.MEDIUM, "2025-H1", 5, "2025-H2", 10, "2026-H1", 10),
                measure("Standaard inschrijving op het woonplatform (standard registration on the housing platform)", Term.LONG,
                        "2026-H2", 15, "2027-H1", 15));
    }

    static Measure measure(String title, Term term, Object... periodsAndPersons) {
        List<ExpectedHoused> expected = new ArrayList<>();
        for (int i = 0; i < periodsAndPersons.length; i += 2) {
            expected.add(new ExpectedHoused(Period.parse((String) periodsAndPersons[i]), (Integer) periodsAndPersons[i + 1]));
        }
        return new Measure(UUID.randomUUID(), title, term, MeasureStatus.PLANNED, expected);
    }

    private static BacklogLedger almeloHoused() {
        List<LedgerEntry> entries = new ArrayList<>();
        entries.add(Entries.housed(UUID.randomUUID(), "t", ALMELO, LocalDate.of(2025, 2, 3), 40, "p1"));
        entries.add(Entries.housed(UUID.randomUUID(), "t", ALMELO, LocalDate.of(2025, 9, 9), 20, "p2"));
        entries.add(Entries.housed(UUID.randomUUID(), "t", ALMELO, LocalDate.of(2025, 11, 20), 15, "p3"));
        return new BacklogLedger(ALMELO, entries);
    }

    private static PeriodProgress in(List<PeriodProgress> progress, Period period) {
        return progress.stream().filter(p -> p.period().equals(period)).findFirst().orElseThrow();
    }

    @Test
    void theFiveMeasuresExpect75PersonsHousedIn2025() {
        List<PeriodProgress> progress = ActionPlanProgress.of(almelosPlan(), almeloHoused()::housed, LocalDate.of(2026, 1, 1));
        assertEquals(30, in(progress, H1_2025).expected());
        assertEquals(45, in(progress, H2_2025).expected());
        assertEquals(5, progress.size(), "2025-H1 up to 2027-H1");
    }

    @Test
    void duringAHalfYearThePlanIsHeldToTheShareOfTheMonthsPassed() {
        // 30 September 2025: three whole months of the second half-year have passed, so 45 * 3 / 6 = 22 are expected by now.
        PeriodProgress progress = in(ActionPlanProgress.of(almelosPlan(), almeloHoused()::housed, LocalDate.of(2025, 9, 30)), H2_2025);
        assertEquals(22, progress.expectedToDate());
        assertEquals(20, progress.housed());
        assertEquals(-2, progress.difference());
        assertEquals(Standing.BEHIND, progress.standing());
    }

    @Test
    void aClosedHalfYearIsJudgedOnItsWholeExpectation() {
        List<PeriodProgress> progress = ActionPlanProgress.of(almelosPlan(), almeloHoused()::housed, LocalDate.of(2026, 1, 15));
        assertEquals(new PeriodProgress(H1_2025, 30, 30, 40, 10, Standing.ON_TRACK), in(progress, H1_2025));
        assertEquals(new PeriodProgress(H2_2025, 45, 45, 35, -10, Standing.BEHIND), in(progress, H2_2025));
        assertEquals(Standing.ON_TRACK, in(progress, H1_2026).standing(), "nothing expected yet in the first days");
    }

    @Test
    void aHalfYearThatHasNotBegunHasNotStarted() {
        PeriodProgress progress = in(ActionPlanProgress.of(almelosPlan(), almeloHoused()::housed, LocalDate.of(2025, 9, 30)), H1_2026);
        assertEquals(new PeriodProgress(H1_2026, 40, 0, 0, 0, Standing.NOT_STARTED), progress);
    }

    @Test
    void aDroppedMeasureNoLongerCounts() {
        List<Measure> plan = new ArrayList<>(almelosPlan());
        Measure flowThrough = plan.get(2);
        plan.set(2, new Measure(flowThrough.id(), flowThrough.title(), flowThrough.term(), MeasureStatus.DROPPED, flowThrough.expectedHoused()));
        List<PeriodProgress> progress = ActionPlanProgress.of(plan, almeloHoused()::housed, LocalDate.of(2026, 1, 1));
        assertEquals(20, in(progress, H1_2025).expected());
        assertEquals(35, in(progress, H2_2025).expected());
    }
}
