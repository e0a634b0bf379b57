package nl.permitholders.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.permitholders.infrastructure.ReorganisationHistory.Kind;
import nl.permitholders.infrastructure.ReorganisationHistory.Reorganisation;
import org.junit.jupiter.api.Test;

/** CBS's register and its reorganisations since 2019, as the files give them. */
class ReorganisationHistoryTest {

    private static final ReorganisationHistory HISTORY = ReorganisationHistory.load();

    @Test
    void theRegisterOf2019HoldsCbssThreeHundredAndEightyMunicipalities() {
        assertThat(HISTORY.registerOf2019()).hasSize(380);
        assertThat(HISTORY.municipalitiesOn(ReorganisationHistory.START)).hasSize(380);
        assertThat(HISTORY.registerOf2019()).extracting(ReorganisationHistory.Municipality::code)
                .contains("GM0788", "GM0053", "GM0457").doesNotContain("GM1966", "GM1980");
    }

    @Test
    void theRegisterCountsAsCbsRecordsItOnEachDate() {
        assertThat(HISTORY.municipalitiesOn(LocalDate.of(2019, 1, 1))).hasSize(355);
        assertThat(HISTORY.municipalitiesOn(LocalDate.of(2021, 1, 1))).hasSize(352);
        assertThat(HISTORY.municipalitiesOn(LocalDate.of(2022, 1, 1))).hasSize(345);
        assertThat(HISTORY.municipalitiesOn(LocalDate.of(2022, 3, 24))).hasSize(344);
        assertThat(HISTORY.municipalitiesOn(LocalDate.of(2023, 1, 1))).hasSize(342);
    }

    @Test
    void haarenIsSplitOverItsFourReceiversAndWinsumAfterItsReceiversAreFormed() {
        List<Reorganisation> all = HISTORY.reorganisations();
        Reorganisation haaren = all.stream().filter(r -> r.code().equals("GM0788")).findFirst().orElseThrow();
        assertThat(haaren.kind()).isEqualTo(Kind.OPSPLITSING);
        assertThat(haaren.parts()).containsExactly("GM0757", "GM0824", "GM0855", "GM0865");
        int winsum = all.indexOf(all.stream().filter(r -> r.code().equals("GM0053")).findFirst().orElseThrow());
        int hetHogeland = all.indexOf(all.stream().filter(r -> r.code().equals("GM1966")).findFirst().orElseThrow());
        assertThat(hetHogeland).isLessThan(winsum);
        assertThat(all).extracting(Reorganisation::date).isSorted();
    }
}
