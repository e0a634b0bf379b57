package nl.permitholders.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.BadRequestException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The pages' half-years, as the services' APIs write them. */
class HalfYearTest {

    @Test
    void aHalfYearIsReadAsTheApisWriteItAndAsPeopleTypeIt() {
        assertThat(HalfYear.parse("periode", "2025-H1")).isEqualTo(new HalfYear(2025, 1));
        assertThat(HalfYear.parse("periode", "2024-II")).isEqualTo(new HalfYear(2024, 2));
        assertThat(HalfYear.parse("periode", "2024-I")).isEqualTo(new HalfYear(2024, 1));
        assertThat(new HalfYear(2024, 2)).hasToString("2024-H2");
    }

    @Test
    void anythingElseIsRefusedNamingTheField() {
        for (String wrong : new String[] {"2025-H3", "1999-H1", "2101-H1", "<script>", "", "2025H1"}) {
            assertThatThrownBy(() -> HalfYear.parse("periode", wrong)).as(wrong)
                    .isInstanceOf(BadRequestException.class).hasMessageContaining("periode");
        }
    }

    @Test
    void itsDeadlineIsTheDayAfterItsLastDayAndItHasADutchName() {
        assertThat(new HalfYear(2024, 2).deadline()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(new HalfYear(2025, 1).deadline()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(new HalfYear(2025, 2).firstDay()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(HalfYear.containing(LocalDate.of(2025, 6, 30))).isEqualTo(new HalfYear(2025, 1));
        assertThat(new HalfYear(2025, 1).next()).isEqualTo(new HalfYear(2025, 2));
        assertThat(new HalfYear(2025, 1).previous()).isEqualTo(new HalfYear(2024, 2));
        assertThat(new HalfYear(2025, 1).dutch()).isEqualTo("1e halfjaar 2025");
        assertThat(HalfYear.parse("periode", "2024-H2").dutch()).isEqualTo("2e halfjaar 2024");
    }
}
