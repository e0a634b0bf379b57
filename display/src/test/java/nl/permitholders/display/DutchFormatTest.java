package nl.permitholders.display;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class DutchFormatTest {

    @Test
    void datesAreWrittenOutInDutch() {
        assertThat(DutchFormat.date(LocalDate.of(2025, 1, 1))).isEqualTo("1 januari 2025");
        assertThat(DutchFormat.date(LocalDate.of(2024, 12, 31))).isEqualTo("31 december 2024");
        assertThat(DutchFormat.date(null)).isEmpty();
        assertThat(DutchFormat.month(YearMonth.of(2025, 3))).isEqualTo("maart 2025");
    }

    @Test
    void numbersUseDutchSeparators() {
        assertThat(DutchFormat.number(117)).isEqualTo("117");
        assertThat(DutchFormat.number(12345)).isEqualTo("12.345");
        assertThat(DutchFormat.number(-1234)).isEqualTo("-1.234");
        assertThat(DutchFormat.decimal(2.75)).isEqualTo("2,8");
    }

}
