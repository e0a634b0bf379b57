package nl.permitholders.supervision.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.ledger.BacklogLedger;
import nl.permitholders.supervision.ledger.Entries;
import nl.permitholders.supervision.ledger.LedgerEntry;
import nl.permitholders.supervision.timeline.Timeline.DeadlinePoint;
import nl.permitholders.supervision.timeline.Timeline.MonthPoint;
import org.junit.jupiter.api.Test;

class TimelineTest {

    private static final String ALMELO = "GM0141";
    private static final Period H1_2024 = Period.parse("2024-H1");
    private static final Period H2_2025 = Period.parse("2025-H2");

    private static BacklogLedger almelo() {
        List<LedgerEntry> entries = new ArrayList<>();
        entries.add(Entries.openingBalance(UUID.randomUUID(), "t", ALMELO, H1_2024, 52, 1));
        entries.add(Entries.quota(UUID.randomUUID(), "t", ALMELO, H1_2024, 78, 1));
        entries.add(Entries.quota(UUID.randomUUID(), "t", ALMELO, Period.parse("2024-H2"), 70, 1));
        entries.add(Entries.quota(UUID.randomUUID(), "t", ALMELO, Period.parse("2025-H1"), 73, 1));
        entries.add(Entries.quota(UUID.randomUUID(), "t", ALMELO, H2_2025, 75, 1));
        entries.add(Entries.housed(UUID.randomUUID(), "t", ALMELO, LocalDate.of(2024, 3, 14), 40, "p1"));
        entries.add(Entries.housed(UUID.randomUUID(), "t", ALMELO, LocalDate.of(2024, 11, 20), 43, "p2"));
        entries.add(Entries.housed(UUID.randomUUID(), "t", ALMELO, LocalDate.of(2025, 2, 3), 40, "p3"));
        entries.add(Entries.reunified(UUID.randomUUID(), "t", ALMELO, LocalDate.of(2025, 2, 20), 2, "r1"));
        return new BacklogLedger(ALMELO, entries);
    }

    @Test
    void almelosBacklogAtEveryDeadlineCarriesFromHalfYearToHalfYear() {
        Timeline timeline = Timeline.of(almelo(), H1_2024, H2_2025, LocalDate.of(2025, 8, 15), Optional.empty());
        assertEquals(List.of(90, 117, 148, 223), timeline.deadlines().stream().map(DeadlinePoint::backlog).toList());
        assertEquals(List.of(true, true, true, false), timeline.deadlines().stream().map(DeadlinePoint::passed).toList());
        assertEquals(LocalDate.of(2025, 1, 1), timeline.deadlines().get(1).deadline());
    }

    @Test
    void personsHousedPerMonthUpToTodaysMonth() {
        Timeline timeline = Timeline.of(almelo(), H1_2024, H2_2025, LocalDate.of(2025, 8, 15), Optional.empty());
        assertEquals(20, timeline.months().size(), "January 2024 up to August 2025");
        assertEquals(new MonthPoint(YearMonth.of(2024, 3), 40), timeline.months().get(2));
        assertEquals(new MonthPoint(YearMonth.of(2025, 2), 42), timeline.months().get(13), "family members count on arrival (R5)");
        assertEquals(0, timeline.months().get(4).housed());
    }

    @Test
    void aMergedMunicipalitysTimelineStopsAtItsMerger() {
        Timeline timeline = Timeline.of(almelo(), H1_2024, H2_2025, LocalDate.of(2026, 1, 15), Optional.of(Period.parse("2025-H1")));
        assertEquals(2, timeline.deadlines().size());
        assertEquals(YearMonth.of(2024, 12), timeline.months().get(timeline.months().size() - 1).month());
    }

    @Test
    void aProvincesTimelineAddsUpItsMunicipalities() {
        BacklogLedger small = new BacklogLedger("GM0153", List.of(
                Entries.quota(UUID.randomUUID(), "t", "GM0153", Period.parse("2024-H2"), 10, 1),
                Entries.housed(UUID.randomUUID(), "t", "GM0153", LocalDate.of(2024, 11, 2), 3, "q1")));
        LocalDate today = LocalDate.of(2025, 8, 15);
        Timeline province = Timeline.sum(H1_2024, H2_2025, today, List.of(
                Timeline.of(almelo(), H1_2024, H2_2025, today, Optional.empty()),
                Timeline.of(small, H1_2024, H2_2025, today, Optional.empty())));
        assertEquals(List.of(90, 124, 155, 230), province.deadlines().stream().map(DeadlinePoint::backlog).toList());
        assertEquals(43 + 3, province.months().get(10).housed(), "November 2024");
    }

    /**
     * At a deadline that has passed the timeline shows the position judged there: COA's end position where province
     * staff adopted it (Almelo 120 at 1 January 2025 where its own arithmetic gives 117), the own arithmetic beside it.
     */
    @Test
    void aPassedDeadlineShowsThePositionJudgedThereWithTheOwnArithmeticBeside() {
        List<LedgerEntry> entries = new ArrayList<>(almelo().entries());
        entries.add(LedgerEntry.anchored(UUID.randomUUID(), ALMELO, LocalDate.of(2025, 1, 1), 120, "stand TVS", "supervisor",
                java.time.OffsetDateTime.parse("2025-01-10T10:00:00+01:00")));
        Timeline timeline = Timeline.of(new BacklogLedger(ALMELO, entries), H1_2024, H2_2025, LocalDate.of(2025, 8, 15), Optional.empty());

        DeadlinePoint january = timeline.deadlines().get(1);
        assertEquals(120, january.backlog());
        assertEquals(117, january.ownBacklog());
        assertEquals(3, january.difference());
        assertEquals(1, january.onCoasFigure());
        assertEquals(List.of(90, 120, 151, 226), timeline.deadlines().stream().map(DeadlinePoint::backlog).toList(),
                "the adopted figure is carried on");
        assertEquals(List.of(90, 117, 148, 223), timeline.deadlines().stream().map(DeadlinePoint::ownBacklog).toList());

        Timeline province = Timeline.sum(H1_2024, H2_2025, LocalDate.of(2025, 8, 15), List.of(timeline, timeline));
        assertEquals(240, province.deadlines().get(1).backlog());
        assertEquals(234, province.deadlines().get(1).ownBacklog());
        assertEquals(2, province.deadlines().get(1).onCoasFigure());
    }
}
