package nl.permitholders.placement.coupling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import nl.permitholders.platform.api.InvalidInputException;
import nl.permitholders.platform.security.Succession;
import org.junit.jupiter.api.Test;

/**
 * R3: COA couples to a municipality that exists on the coupling date. Weesp merged into Amsterdam on 24 March 2022;
 * Haaren was split over Boxtel, Oisterwijk, Tilburg and Vught on 1 January 2021.
 */
class CouplingMunicipalityRuleTest {

    private static final String WEESP = "GM0457";
    private static final String AMSTERDAM = "GM0363";
    private static final String HAAREN = "GM0788";
    private static final Succession CBS = Succession.of(
            List.of(new Succession.Merger(WEESP, AMSTERDAM, LocalDate.of(2022, 3, 24))),
            List.of(new Succession.Split(HAAREN, List.of("GM0757", "GM0824", "GM0855", "GM0865"), LocalDate.of(2021, 1, 1))));

    @Test
    void aMunicipalityTakesCouplingsUntilTheDayBeforeItCeasedToExist() {
        assertThatCode(() -> CouplingMunicipalityRule.check(WEESP, LocalDate.of(2022, 3, 23), CBS)).doesNotThrowAnyException();
        assertThatCode(() -> CouplingMunicipalityRule.check(HAAREN, LocalDate.of(2020, 12, 31), CBS)).doesNotThrowAnyException();
        assertThatCode(() -> CouplingMunicipalityRule.check(AMSTERDAM, LocalDate.of(2022, 3, 24), CBS)).doesNotThrowAnyException();
    }

    @Test
    void fromAMergerOnACouplingIsRefusedNamingTheMunicipalityThatContinuesIt() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> CouplingMunicipalityRule.check(WEESP, LocalDate.of(2022, 3, 24), CBS));
        assertThat(refused.invalidParams()).singleElement().satisfies(param -> {
            assertThat(param.name()).isEqualTo("municipalityCode");
            assertThat(param.reason()).contains("merged into GM0363 on 2022-03-24").endsWith("couple to GM0363");
        });
    }

    @Test
    void fromASplitOnACouplingIsRefusedNamingTheReceivers() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> CouplingMunicipalityRule.check(HAAREN, LocalDate.of(2021, 1, 1), CBS));
        assertThat(refused.invalidParams()).singleElement().satisfies(param -> {
            assertThat(param.name()).isEqualTo("municipalityCode");
            assertThat(param.reason()).contains("split over GM0757, GM0824, GM0855 and GM0865 on 2021-01-01")
                    .endsWith("couple to one of them");
        });
    }
}
