package nl.permitholders.housingstock.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.permitholders.housingstock.capacity.DeliveryRule.Delivery;
import nl.permitholders.platform.api.ConflictException;
import org.junit.jupiter.api.Test;

/** A project plans 40 units with 12 places for permit holders; it delivered 30 units with 10 places on 1 March. */
class DeliveryRuleTest {

    private static final UUID PROJECT = UUID.randomUUID();
    private static final LocalDate MARCH = LocalDate.of(2026, 3, 1);
    private static final LocalDate APRIL = LocalDate.of(2026, 4, 1);
    private static final List<Delivery> DELIVERED = List.of(new Delivery(MARCH, 30, 10));

    @Test
    void aDeliveryWithinThePlanIsRecorded() {
        assertThat(DeliveryRule.isRepeat(PROJECT, 40, 12, DELIVERED, new Delivery(APRIL, 10, 2))).isFalse();
    }

    @Test
    void deliveriesNeverExceedThePlannedUnits() {
        assertThatThrownBy(() -> DeliveryRule.isRepeat(PROJECT, 40, 12, DELIVERED, new Delivery(APRIL, 11, 0)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("plans 40 units with 12 places").hasMessageContaining("delivered 41 units with 10")
                .hasMessageContaining("Re-plan the project first");
    }

    @Test
    void deliveriesNeverExceedThePlannedPlacesForPermitHolders() {
        assertThatThrownBy(() -> DeliveryRule.isRepeat(PROJECT, 40, 12, DELIVERED, new Delivery(APRIL, 1, 3)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("delivered 31 units with 13");
    }

    @Test
    void theSameDayWithTheSameFiguresIsARepeat() {
        assertThat(DeliveryRule.isRepeat(PROJECT, 40, 12, DELIVERED, new Delivery(MARCH, 30, 10))).isTrue();
    }

    @Test
    void theSameDayWithOtherFiguresIsRefused() {
        assertThatThrownBy(() -> DeliveryRule.isRepeat(PROJECT, 40, 12, DELIVERED, new Delivery(MARCH, 5, 1)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("already delivered 30 units with 10 places for permit holders on 2026-03-01");
    }

    @Test
    void aFirstDeliveryOfTheWholePlanIsRecorded() {
        assertThat(DeliveryRule.isRepeat(PROJECT, 40, 12, List.of(), new Delivery(MARCH, 40, 12))).isFalse();
    }
}
