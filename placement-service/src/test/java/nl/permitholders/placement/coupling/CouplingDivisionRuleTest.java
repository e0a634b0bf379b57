package nl.permitholders.placement.coupling;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import nl.permitholders.platform.api.ConflictException;
import nl.permitholders.platform.api.InvalidInputException;
import org.junit.jupiter.api.Test;

/** R3, splits: COA names, for each open coupling of a split municipality, the receiver that houses the household. */
class CouplingDivisionRuleTest {

    private static final String HAAREN = "GM0788";
    private static final List<String> RECEIVERS = List.of("GM0757", "GM0824", "GM0855", "GM0865");
    private static final LocalDate SPLIT = LocalDate.of(2021, 1, 1);

    @Test
    void anOpenCouplingOfHaarenGoesToOneOfItsReceiversFromTheSplitOn() {
        assertThatCode(() -> CouplingDivisionRule.check(HAAREN, CouplingStatus.COUPLED, RECEIVERS, SPLIT, "GM0865", SPLIT))
                .doesNotThrowAnyException();
        assertThatCode(() -> CouplingDivisionRule.check(HAAREN, CouplingStatus.OFFERED, RECEIVERS, SPLIT, "GM0757", SPLIT.plusDays(9)))
                .doesNotThrowAnyException();
    }

    @Test
    void aMunicipalityThatWasNotSplitOverIsRefusedNamingTheField() {
        assertThatThrownBy(() -> CouplingDivisionRule.check(HAAREN, CouplingStatus.COUPLED, RECEIVERS, SPLIT, "GM0363", SPLIT))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("GM0865");
    }

    @Test
    void beforeTheSplitTakesEffectNothingIsDivided() {
        assertThatThrownBy(() -> CouplingDivisionRule.check(HAAREN, CouplingStatus.COUPLED, RECEIVERS, SPLIT, "GM0865",
                SPLIT.minusDays(1))).isInstanceOf(ConflictException.class);
    }

    @Test
    void aCouplingOfAMunicipalityThatWasNotSplitIsNotDivided() {
        assertThatThrownBy(() -> CouplingDivisionRule.check("GM0141", CouplingStatus.COUPLED, List.of(), null, "GM0865", SPLIT))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aHousedOrCancelledCouplingStaysTheSplitMunicipalitysHistory() {
        assertThatThrownBy(() -> CouplingDivisionRule.check(HAAREN, CouplingStatus.HOUSED, RECEIVERS, SPLIT, "GM0865", SPLIT))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> CouplingDivisionRule.check(HAAREN, CouplingStatus.CANCELLED, RECEIVERS, SPLIT, "GM0865", SPLIT))
                .isInstanceOf(ConflictException.class);
    }
}
