package nl.permitholders.housingstock.municipality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.permitholders.housingstock.municipality.MunicipalityRegister.Entry;
import org.junit.jupiter.api.Test;

/** Facts are recorded only for a municipality in quota-service's register, on a date it exists. */
class MunicipalityRegisterTest {

    private static final LocalDate ON = LocalDate.of(2025, 3, 1);

    @Test
    void aMunicipalityInTheRegisterTakesFacts() {
        assertThat(MunicipalityRegister.refusal("GM0141", new Entry("GM0141", null, null), ON)).isEmpty();
        assertThat(MunicipalityRegister.refusal("GM0141", new Entry("GM0141", LocalDate.of(2001, 1, 1), null), ON)).isEmpty();
    }

    @Test
    void aMunicipalityNotInTheRegisterIsRefused() {
        assertThat(MunicipalityRegister.refusal("GM9999", null, ON))
                .hasValueSatisfying(reason -> assertThat(reason).contains("GM9999").contains("not in the municipality register"));
    }

    @Test
    void aMunicipalityMergedAwayTakesNoFactsAfterItsLastDay() {
        Entry merged = new Entry("GM0001", null, LocalDate.of(2024, 12, 31));
        assertThat(MunicipalityRegister.refusal("GM0001", merged, LocalDate.of(2024, 12, 31))).isEmpty();
        assertThat(MunicipalityRegister.refusal("GM0001", merged, LocalDate.of(2025, 1, 1)))
                .hasValueSatisfying(reason -> assertThat(reason).contains("ceased to exist after 2024-12-31"));
    }

    @Test
    void aNewMunicipalityTakesNoFactsBeforeItExists() {
        Entry formed = new Entry("GM1980", LocalDate.of(2025, 1, 1), null);
        assertThat(MunicipalityRegister.refusal("GM1980", formed, LocalDate.of(2024, 12, 31)))
                .hasValueSatisfying(reason -> assertThat(reason).contains("exists from 2025-01-01"));
        assertThat(MunicipalityRegister.refusal("GM1980", formed, LocalDate.of(2025, 1, 1))).isEmpty();
    }
}
