package nl.permitholders.placement.coupling;

import static nl.permitholders.placement.coupling.CouplingStatus.CANCELLED;
import static nl.permitholders.placement.coupling.CouplingStatus.COUPLED;
import static nl.permitholders.placement.coupling.CouplingStatus.HOUSED;
import static nl.permitholders.placement.coupling.CouplingStatus.OFFERED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import nl.permitholders.placement.coupling.CouplingLifecycle.Step;
import nl.permitholders.platform.api.ConflictException;
import org.junit.jupiter.api.Test;

class CouplingLifecycleTest {

    @Test
    void aUnitIsOfferedToACoupledHouseholdOnly() {
        assertThat(CouplingLifecycle.offered(COUPLED)).isEqualTo(OFFERED);
        for (CouplingStatus status : new CouplingStatus[] {OFFERED, HOUSED, CANCELLED}) {
            assertThatThrownBy(() -> CouplingLifecycle.offered(status))
                    .isInstanceOf(ConflictException.class)
                    .hasMessageContaining("The coupling is " + status)
                    .hasMessageContaining("only while it is COUPLED");
        }
    }

    @Test
    void decliningAnOfferGoesBackToCoupled() {
        assertThat(CouplingLifecycle.declined(OFFERED)).isEqualTo(COUPLED);
        assertThatThrownBy(() -> CouplingLifecycle.declined(COUPLED)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("The coupling is COUPLED");
    }

    @Test
    void coaCancelsACouplingThatIsNotHousedAndCancelledIsFinal() {
        assertThat(CouplingLifecycle.cancelled(COUPLED)).isEqualTo(CANCELLED);
        assertThat(CouplingLifecycle.cancelled(OFFERED)).isEqualTo(CANCELLED);
        assertThatThrownBy(() -> CouplingLifecycle.cancelled(HOUSED)).hasMessageContaining("The coupling is HOUSED");
        assertThatThrownBy(() -> CouplingLifecycle.cancelled(CANCELLED)).hasMessageContaining("The coupling is CANCELLED");
        assertThatThrownBy(() -> CouplingLifecycle.require(Step.CORRECT, CANCELLED)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> CouplingLifecycle.require(Step.RECORD_PLACEMENT, CANCELLED)).isInstanceOf(ConflictException.class);
    }

    @Test
    void personsArePlacedWhileCoupledOrOfferedAndAHousedCouplingMayStillBeCorrected() {
        assertDoesNotThrow(() -> CouplingLifecycle.require(Step.RECORD_PLACEMENT, COUPLED));
        assertDoesNotThrow(() -> CouplingLifecycle.require(Step.RECORD_PLACEMENT, OFFERED));
        assertThatThrownBy(() -> CouplingLifecycle.require(Step.RECORD_PLACEMENT, HOUSED)).hasMessageContaining("HOUSED");
        assertDoesNotThrow(() -> CouplingLifecycle.require(Step.CORRECT, HOUSED));
    }

    @Test
    void aCouplingIsHousedWhenAllItsPersonsAre() {
        assertThat(CouplingLifecycle.settled(COUPLED, false, 4, 4)).isEqualTo(HOUSED);
        assertThat(CouplingLifecycle.settled(OFFERED, false, 4, 4)).isEqualTo(HOUSED);
        assertThat(CouplingLifecycle.settled(COUPLED, false, 3, 4)).isEqualTo(COUPLED);
    }

    @Test
    void housedInPartItStaysOfferedWhileTheOfferIsOpen() {
        assertThat(CouplingLifecycle.settled(OFFERED, true, 1, 4)).isEqualTo(OFFERED);
        assertThat(CouplingLifecycle.settled(OFFERED, false, 3, 4)).isEqualTo(COUPLED);
    }

    @Test
    void aRevokedPlacementMakesAHousedCouplingCoupledAgain() {
        assertThat(CouplingLifecycle.settled(HOUSED, false, 2, 4)).isEqualTo(COUPLED);
    }

    @Test
    void aCancelledCouplingStaysCancelledWhateverIsRevoked() {
        assertThat(CouplingLifecycle.settled(CANCELLED, false, 0, 4)).isEqualTo(CANCELLED);
    }
}
