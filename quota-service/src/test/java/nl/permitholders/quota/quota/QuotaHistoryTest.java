package nl.permitholders.quota.quota;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class QuotaHistoryTest {

    private static final Instant PUBLISHED = Instant.parse("2023-06-01T10:00:00Z");
    private static final Instant ADJUSTED = Instant.parse("2023-11-10T10:00:00Z");

    @Test
    void theFirstQuotaOfAHalfYearIsVersionOneOnTheBasisGiven() {
        QuotaVersion first = QuotaHistory.empty().set(78, "Rijk 2024-I", QuotaBasis.IMPORTED, PUBLISHED).orElseThrow();
        assertEquals(1, first.version());
        assertEquals(78, first.persons());
        assertEquals(QuotaBasis.IMPORTED, first.basis());
    }

    @Test
    void anAdjustmentAfterwardsIsANewVersionAndTheEarlierOneIsKept() {
        QuotaHistory history = QuotaHistory.empty()
                .with(QuotaHistory.empty().set(273, "2023-II as published", QuotaBasis.IMPORTED, PUBLISHED).orElseThrow());
        QuotaVersion lowered = history.set(176, "national total lowered to 17,600", QuotaBasis.IMPORTED, ADJUSTED).orElseThrow();
        history = history.with(lowered);

        assertEquals(2, lowered.version());
        assertEquals(QuotaBasis.ADJUSTED, lowered.basis());
        assertEquals(176, history.current().orElseThrow().persons());
        assertEquals(273, history.versions().get(0).persons());
    }

    @Test
    void setting_the_same_number_again_changes_nothing() {
        QuotaHistory history = QuotaHistory.empty().with(QuotaHistory.empty().set(70, "2024-II", QuotaBasis.IMPORTED, PUBLISHED).orElseThrow());
        assertTrue(history.set(70, "again", QuotaBasis.IMPORTED, ADJUSTED).isEmpty());
    }

    @Test
    void aQuotaCannotBeNegative() {
        assertThrows(IllegalArgumentException.class, () -> QuotaHistory.empty().set(-1, "x", QuotaBasis.IMPORTED, PUBLISHED));
    }
}
