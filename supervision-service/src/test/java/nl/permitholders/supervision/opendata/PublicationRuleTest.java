package nl.permitholders.supervision.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.opendata.PublicationRule.Publication;
import org.junit.jupiter.api.Test;

class PublicationRuleTest {

    private static final Period H2 = Period.parse("2025-H2");

    @Test
    void aHalfYearIsPublishedOnTheLastDayOfItsLastMonthThatHasEnded() {
        assertThat(PublicationRule.positionDate(H2, LocalDate.of(2025, 7, 20))).as("no month has ended").isEmpty();
        assertThat(PublicationRule.positionDate(H2, LocalDate.of(2025, 8, 1))).contains(LocalDate.of(2025, 7, 31));
        assertThat(PublicationRule.positionDate(H2, LocalDate.of(2025, 12, 31))).contains(LocalDate.of(2025, 11, 30));
    }

    @Test
    void onceItHasEndedItsPositionIsItsLastDay() {
        assertThat(PublicationRule.positionDate(H2, LocalDate.of(2026, 1, 1))).contains(LocalDate.of(2025, 12, 31));
        assertThat(PublicationRule.positionDate(H2, LocalDate.of(2027, 5, 3))).contains(LocalDate.of(2025, 12, 31));
    }

    @Test
    void theFirstVersionIsMonthly() {
        Optional<Publication> first = PublicationRule.decide(Optional.empty(), snapshot(8, 10), null);

        assertThat(first).map(Publication::kind).contains(PublicationKind.MONTHLY);
        assertThat(first.get().reason()).contains("2025-08-31");
    }

    @Test
    void aHalfYearWithoutAnyMunicipalitysFiguresIsNotPublished() {
        assertThat(PublicationRule.decide(Optional.empty(), new OpenDataSnapshot(H2, LocalDate.of(2025, 7, 31), List.of(), List.of()), null))
                .isEmpty();
    }

    @Test
    void theSameFiguresOnTheSamePositionDateAreNotPublishedAgain() {
        assertThat(PublicationRule.decide(Optional.of(snapshot(8, 10)), snapshot(8, 10), "again")).isEmpty();
    }

    @Test
    void aLaterPositionDateIsTheNextMonthlyVersion() {
        Optional<Publication> next = PublicationRule.decide(Optional.of(snapshot(8, 10)), snapshot(9, 10), null);

        assertThat(next).map(Publication::kind).contains(PublicationKind.MONTHLY);
        assertThat(next.get().reason()).isEqualTo("Monthly position on 2025-09-30.");
    }

    @Test
    void changedFiguresOnTheSamePositionDateAreACorrectionNamingWhatChanged() {
        Optional<Publication> correction = PublicationRule.decide(Optional.of(snapshot(8, 10)), snapshot(8, 12), "COA corrected a placement");

        assertThat(correction).map(Publication::kind).contains(PublicationKind.CORRECTION);
        assertThat(correction.get().reason()).startsWith("COA corrected a placement — Correction of the position on 2025-08-31: ")
                .contains("GM0141 2025-08 housedInMonth 10 → 12, housed 20 → 22, backlog 40 → 38");
    }

    @Test
    void aMonthlyVersionSaysWhichMonthsPublishedBeforeItCorrects() {
        Optional<Publication> next = PublicationRule.decide(Optional.of(snapshot(8, 10)), snapshot(9, 12), null);

        assertThat(next).map(Publication::kind).contains(PublicationKind.MONTHLY);
        assertThat(next.get().reason()).startsWith("Monthly position on 2025-09-30. It corrects months published before: ")
                .contains("GM0141 2025-08 housedInMonth 10 → 12");
    }

    @Test
    void anEarlierPositionThanTheLatestIsNotPublished() {
        assertThat(PublicationRule.decide(Optional.of(snapshot(9, 10)), snapshot(8, 10), null)).isEmpty();
    }

    @Test
    void aReasonNamesTwentyChangesAndCountsTheRest() {
        OpenDataSnapshot before = many(25, 0);
        Optional<Publication> correction = PublicationRule.decide(Optional.of(before), many(25, 1), null);

        assertThat(correction.get().reason()).contains("; and 5 more.");
    }

    /** GM0141 in 2025-H2 with a quota of 60: 10 housed in July, {@code lastMonthHoused} in each later month up to {@code lastMonth}. */
    private static OpenDataSnapshot snapshot(int lastMonth, int lastMonthHoused) {
        List<MonthRow> months = new ArrayList<>();
        int housed = 0;
        for (int m = 7; m <= lastMonth; m++) {
            int inMonth = m == 7 ? 10 : lastMonthHoused;
            housed += inMonth;
            months.add(month("GM0141", m, inMonth, housed));
        }
        MonthRow last = months.get(months.size() - 1);
        return new OpenDataSnapshot(H2, last.positionDate(), List.of(new HalfYearRow("GM0141", "Almelo", "PV23", "2025-H2",
                last.positionDate(), 60, "FINAL", 0, 0, 60, last.housed(), last.backlog(), last.expectedHoused(), last.scheduleGap(),
                last.scheduleColour())), months);
    }

    private static OpenDataSnapshot many(int municipalities, int extra) {
        List<MonthRow> months = new ArrayList<>();
        for (int i = 0; i < municipalities; i++) {
            months.add(month(String.format("GM%04d", 1000 + i), 7, 10 + extra, 10 + extra));
        }
        return new OpenDataSnapshot(H2, LocalDate.of(2025, 7, 31), List.of(), months);
    }

    private static MonthRow month(String code, int month, int inMonth, int housed) {
        YearMonth m = YearMonth.of(2025, month);
        int expected = 60 * (month - 6) / 6;
        return new MonthRow(code, "Almelo", "PV23", "2025-H2", m, m.atEndOfMonth(), 60, 60, inMonth, housed, 60 - housed, expected,
                expected - housed, expected - housed <= 0 ? "GREEN" : "RED");
    }
}
