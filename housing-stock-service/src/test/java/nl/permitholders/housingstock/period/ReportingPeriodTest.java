package nl.permitholders.housingstock.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportingPeriodTest {

    @Test
    void aYearRunsFromJanuaryToDecember() {
        ReportingPeriod year = ReportingPeriod.parse("2023");
        assertThat(year.label()).isEqualTo("2023");
        assertThat(year.firstDay()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(year.lastDay()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(year.contains(LocalDate.of(2023, 7, 1))).isTrue();
        assertThat(year.contains(LocalDate.of(2024, 1, 1))).isFalse();
    }

    @Test
    void aHalfYearIsWrittenEitherWayAndLabelledCanonically() {
        assertThat(ReportingPeriod.parse("2025-II")).isEqualTo(ReportingPeriod.parse("2025-H2"));
        ReportingPeriod first = ReportingPeriod.parse("2025-I");
        assertThat(first.label()).isEqualTo("2025-H1");
        assertThat(first.lastDay()).isEqualTo(LocalDate.of(2025, 6, 30));
    }

    @Test
    void anythingElseIsRefused() {
        assertThatThrownBy(() -> ReportingPeriod.parse("2025-H3")).hasMessageContaining("not a year");
        assertThatThrownBy(() -> ReportingPeriod.parse("1999")).hasMessageContaining("between 2000 and 2100");
        assertThatThrownBy(() -> ReportingPeriod.parse("last year")).isInstanceOf(IllegalArgumentException.class);
    }
}
