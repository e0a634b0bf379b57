package nl.permitholders.placement.coupling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.permitholders.platform.security.Succession;
import org.junit.jupiter.api.Test;

/** R3: COA couples nobody to a municipality from the day it has ceased to exist, merged or split. */
class CouplingMunicipalityRuleTest {

    private static final Succession REORGANISED = Succession.of(
            List.of(new Succession.Merger("GM0457", "GM0363", LocalDate.of(2022, 3, 24))),
            List.of(new Succession.Split("GM0788", List.of("GM0757", "GM0824", "GM0855", "GM0865"), LocalDate.of(2021, 1, 1))));

    @Test
    void aMergedMunicipalityTakesNoCouplingFromItsMergerOnNamingTheContinuingOne() {
        assertThat(CouplingMunicipalityRule.refusal(REORGANISED, "GM0457", LocalDate.of(2022, 3, 24)))
                .contains("GM0457 merged into GM0363 on 2022-03-24 and takes no couplings from then on: couple to GM0363");
        assertThat(CouplingMunicipalityRule.refusal(REORGANISED, "GM0457", LocalDate.of(2022, 3, 23))).isEmpty();
    }

    @Test
    void aSplitMunicipalityTakesNoCouplingFromItsSplitOnNamingItsReceivers() {
        assertThat(CouplingMunicipalityRule.refusal(REORGANISED, "GM0788", LocalDate.of(2021, 1, 1)))
                .contains("GM0788 was split over GM0757, GM0824, GM0855, GM0865 on 2021-01-01 and takes no couplings from then on: "
                        + "couple to the receiver that houses the household");
        assertThat(CouplingMunicipalityRule.refusal(REORGANISED, "GM0788", LocalDate.of(2020, 12, 31))).isEmpty();
        assertThat(CouplingMunicipalityRule.refusal(REORGANISED, "GM0865", LocalDate.of(2021, 6, 1))).isEmpty();
    }
}
