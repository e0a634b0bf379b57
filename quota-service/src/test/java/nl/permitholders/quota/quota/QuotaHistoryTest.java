package nl.permitholders.quota.quota;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class QuotaHistoryTest {

    private static final Instant PUBLISHED = Instant.parse("2023-06-01T10:00:00Z");
    private static final Instant ADJUSTED = Instant.parse("2023-11-10T10:00:00Z");

    @Test
    void theFirstQuotaOfAHalfYearIsVersionOneOnTheBasisGiven() {
        QuotaVersion first = QuotaHistory.empty().set(78, QuotaStatus.FINAL, null, "Rijk 2024-I", QuotaBasis.IMPORTED, PUBLISHED).orElseThrow();
        assertEquals(1, first.version());
        assertEquals(78, first.persons());
        assertEquals(QuotaBasis.IMPORTED, first.basis());
    }

    @Test
    void anAdjustmentAfterwardsIsANewVersionAndTheEarlierOneIsKept() {
        QuotaHistory history = QuotaHistory.empty()
                .with(QuotaHistory.empty().set(273, QuotaStatus.FINAL, null, "2023-II as published", QuotaBasis.IMPORTED, PUBLISHED).orElseThrow());
        QuotaVersion lowered = history.set(176, QuotaStatus.FINAL, null, "national total lowered to 17,600", QuotaBasis.IMPORTED, ADJUSTED).orElseThrow();
        history = history.with(lowered);

        assertEquals(2, lowered.version());
        assertEquals(QuotaBasis.ADJUSTED, lowered.basis());
        assertEquals(176, history.current().orElseThrow().persons());
        assertEquals(273, history.versions().get(0).persons());
    }

    @Test
    void aMergersSumStaysMergedWhenItReplacesAQuotaTheHalfYearHad() {
        QuotaHistory history = QuotaHistory.empty()
                .with(QuotaHistory.empty().set(552, QuotaStatus.FINAL, null, "Rijk 2022-I", QuotaBasis.DISTRIBUTED, PUBLISHED).orElseThrow());
        QuotaVersion sum = history.set(564, QuotaStatus.FINAL, null, "merger", QuotaBasis.MERGED, ADJUSTED).orElseThrow();
        assertEquals(2, sum.version());
        assertEquals(QuotaBasis.MERGED, sum.basis());
    }

    @Test
    void setting_the_same_number_again_changes_nothing() {
        QuotaHistory history = QuotaHistory.empty().with(QuotaHistory.empty().set(70, QuotaStatus.FINAL, null, "2024-II", QuotaBasis.IMPORTED, PUBLISHED).orElseThrow());
        assertTrue(history.set(70, QuotaStatus.FINAL, null, "again", QuotaBasis.IMPORTED, ADJUSTED).isEmpty());
    }

    @Test
    void aProvisionalQuotaFixedWithTheSameNumberIsANewFinalVersion() {
        QuotaHistory history = QuotaHistory.empty().with(QuotaHistory.empty()
                .set(75, QuotaStatus.PROVISIONAL, LocalDate.of(2025, 3, 1), "voorlopige taakstelling 2025-II", QuotaBasis.IMPORTED,
                        PUBLISHED).orElseThrow());
        QuotaVersion fixed = history.set(75, QuotaStatus.FINAL, LocalDate.of(2025, 6, 1), "taakstelling 2025-II vastgesteld",
                QuotaBasis.IMPORTED, ADJUSTED).orElseThrow();

        assertEquals(2, fixed.version());
        assertEquals(75, fixed.persons());
        assertEquals(QuotaStatus.FINAL, fixed.status());
        assertEquals(LocalDate.of(2025, 6, 1), fixed.publishedOn());
        assertEquals(QuotaBasis.ADJUSTED, fixed.basis());
    }

    @Test
    void aProvisionalQuotaMayBeFixedLower() {
        QuotaHistory history = QuotaHistory.empty().with(QuotaHistory.empty()
                .set(177, QuotaStatus.PROVISIONAL, null, "17,700 announced", QuotaBasis.IMPORTED, PUBLISHED).orElseThrow());
        QuotaVersion fixed = history.set(150, QuotaStatus.FINAL, null, "fixed at 15,000", QuotaBasis.IMPORTED, ADJUSTED).orElseThrow();
        assertEquals(150, fixed.persons());
        assertEquals(QuotaStatus.FINAL, fixed.status());
    }

    @Test
    void aFinalQuotaNeverBecomesProvisionalAgain() {
        QuotaHistory history = QuotaHistory.empty().with(QuotaHistory.empty()
                .set(70, QuotaStatus.FINAL, null, "2024-II", QuotaBasis.IMPORTED, PUBLISHED).orElseThrow());
        assertThrows(QuotaHistory.FinalQuotaStaysFinal.class,
                () -> history.set(70, QuotaStatus.PROVISIONAL, null, "back", QuotaBasis.IMPORTED, ADJUSTED));
        assertThrows(QuotaHistory.FinalQuotaStaysFinal.class,
                () -> history.set(60, QuotaStatus.PROVISIONAL, null, "lower, provisional", QuotaBasis.IMPORTED, ADJUSTED));
    }

    @Test
    void aChangeThatNamesNoStatusKeepsTheStandingOneAndAFirstQuotaWithoutStatusIsFinal() {
        QuotaVersion first = QuotaHistory.empty().set(78, null, null, "Rijk 2024-I", QuotaBasis.IMPORTED, PUBLISHED).orElseThrow();
        assertEquals(QuotaStatus.FINAL, first.status());

        QuotaHistory provisional = QuotaHistory.empty().with(QuotaHistory.empty()
                .set(75, QuotaStatus.PROVISIONAL, null, "announced", QuotaBasis.IMPORTED, PUBLISHED).orElseThrow());
        assertTrue(provisional.set(75, null, null, "again", QuotaBasis.IMPORTED, ADJUSTED).isEmpty());
        assertEquals(QuotaStatus.PROVISIONAL,
                provisional.set(80, null, null, "announced higher", QuotaBasis.IMPORTED, ADJUSTED).orElseThrow().status());
    }

    @Test
    void aQuotaCannotBeNegative() {
        assertThrows(IllegalArgumentException.class, () -> QuotaHistory.empty().set(-1, QuotaStatus.FINAL, null, "x", QuotaBasis.IMPORTED, PUBLISHED));
    }
}
