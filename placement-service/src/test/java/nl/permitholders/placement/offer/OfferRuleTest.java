package nl.permitholders.placement.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import nl.permitholders.platform.api.ConflictException;
import nl.permitholders.platform.api.InvalidInputException;
import org.junit.jupiter.api.Test;

class OfferRuleTest {

    private static final LocalDate COUPLED = LocalDate.of(2025, 1, 6);
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 1);
    private static final UUID OFFERED_UNIT = UUID.randomUUID();

    @Test
    void anOfferIsMadeAfterTheCouplingAndNotInTheFuture() {
        OfferRule.checkOfferedOn(COUPLED, COUPLED, TODAY);
        assertThatThrownBy(() -> OfferRule.checkOfferedOn(COUPLED.minusDays(1), COUPLED, TODAY)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> OfferRule.checkOfferedOn(TODAY.plusDays(1), COUPLED, TODAY)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anOfferIsDeclinedAfterItWasMadeAndOnlyWhileOpen() {
        OfferRule.checkDeclinedOn(TODAY, TODAY, TODAY);
        assertThatThrownBy(() -> OfferRule.checkDeclinedOn(TODAY.minusDays(1), TODAY, TODAY)).isInstanceOf(InvalidInputException.class);
        OfferRule.requireOpen(OfferStatus.OPEN);
        assertThatThrownBy(() -> OfferRule.requireOpen(OfferStatus.DECLINED)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("The offer is DECLINED");
    }

    @Test
    void movingIntoTheOfferedUnitAcceptsTheOffer() {
        assertThat(OfferRule.afterPlacement(OFFERED_UNIT, OFFERED_UNIT, true)).isEqualTo(OfferStatus.ACCEPTED);
        assertThat(OfferRule.afterPlacement(OFFERED_UNIT, OFFERED_UNIT, false)).isEqualTo(OfferStatus.ACCEPTED);
    }

    @Test
    void housedEntirelyElsewhereTheOfferIsWithdrawnAndHousedInPartItStaysOpen() {
        assertThat(OfferRule.afterPlacement(OFFERED_UNIT, UUID.randomUUID(), true)).isEqualTo(OfferStatus.WITHDRAWN);
        assertThat(OfferRule.afterPlacement(OFFERED_UNIT, null, true)).isEqualTo(OfferStatus.WITHDRAWN);
        assertThat(OfferRule.afterPlacement(OFFERED_UNIT, null, false)).isEqualTo(OfferStatus.OPEN);
    }
}
