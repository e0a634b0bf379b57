package nl.permitholders.platform.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Codes and dates as the files of COA, the provinces and the Rijk write them. */
class TableValuesTest {

    @Test
    void aMunicipalityCodeWithOrWithoutItsGmAndLeadingZeros() {
        assertThat(TableValues.municipalityCode("GM0141").value()).isEqualTo("GM0141");
        assertThat(TableValues.municipalityCode(" gm141 ").value()).isEqualTo("GM0141");
        assertThat(TableValues.municipalityCode("0141").value()).isEqualTo("GM0141");
        assertThat(TableValues.municipalityCode("Almelo").reason())
                .isEqualTo("'Almelo' is not a CBS municipality code such as GM0141 or 0141");
    }

    @Test
    void aDateInDutchOrIsoFromTheYear2000To2100() {
        assertThat(TableValues.date("4-3-2024").value()).isEqualTo(LocalDate.of(2024, 3, 4));
        assertThat(TableValues.date("2024-03-04").value()).isEqualTo(LocalDate.of(2024, 3, 4));
        assertThat(TableValues.date("30-02-2024").reason()).contains("not a date");
        assertThat(TableValues.date("04/03/2024").reason()).contains("dd-mm-jjjj or jjjj-mm-dd");
        assertThat(TableValues.date("01-01-1999").reason()).contains("outside the years 2000 to 2100");
    }
}
