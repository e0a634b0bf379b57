package nl.permitholders.placement.coupling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OverdueTest {

    private static final LocalDate COUPLED = LocalDate.of(2025, 1, 6);

    @Test
    void theMunicipalityHasTwelveWeeksFromTheCouplingDate() {
        assertThat(Overdue.since(COUPLED)).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(Overdue.isOverdue(COUPLED, LocalDate.of(2025, 3, 30))).isFalse();
        assertThat(Overdue.isOverdue(COUPLED, LocalDate.of(2025, 3, 31))).isTrue();
    }

    @Test
    void theDatabaseCutOffAgreesWithTheRule() {
        for (int day = 0; day < 200; day++) {
            LocalDate today = COUPLED.plusDays(day);
            boolean byCutOff = !COUPLED.isAfter(Overdue.latestOverdueCouplingDate(today));
            assertThat(byCutOff).as("on %s", today).isEqualTo(Overdue.isOverdue(COUPLED, today));
        }
    }

    @Test
    void weeksOverdueCountFromTheFirstOverdueDay() {
        assertThat(Overdue.weeksOverdue(COUPLED, Overdue.since(COUPLED))).isZero();
        assertThat(Overdue.weeksOverdue(COUPLED, Overdue.since(COUPLED).plusWeeks(3))).isEqualTo(3);
        assertThat(Overdue.weeksOverdue(COUPLED, COUPLED)).isZero();
        assertThat(Overdue.weeksSinceCoupling(COUPLED, COUPLED.plusWeeks(15))).isEqualTo(15);
    }
}
