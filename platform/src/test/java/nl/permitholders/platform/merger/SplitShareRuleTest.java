package nl.permitholders.platform.merger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** R3, splits: the split municipality's figure divided by the receivers' shares, in whole persons, the total kept. */
class SplitShareRuleTest {

    private static Map<String, Long> shares(Object... codeAndShare) {
        Map<String, Long> shares = new LinkedHashMap<>();
        for (int i = 0; i < codeAndShare.length; i += 2) {
            shares.put((String) codeAndShare[i], ((Number) codeAndShare[i + 1]).longValue());
        }
        return shares;
    }

    @Test
    void aFigureThatDividesExactlyIsDividedByTheShares() {
        assertThat(SplitShareRule.divide(20, shares("A", 3, "B", 1))).containsExactly(Map.entry("A", 15), Map.entry("B", 5));
    }

    @Test
    void everyReceiverGetsTheWholePartOfItsShareAndThePersonsLeftGoToTheLargestRemainders() {
        // 10 × 5/9 = 5.56, 10 × 3/9 = 3.33, 10 × 1/9 = 1.11: 9 given, the one left to A (remainder .56)
        assertThat(SplitShareRule.divide(10, shares("A", 5, "B", 3, "C", 1)))
                .containsExactly(Map.entry("A", 6), Map.entry("B", 3), Map.entry("C", 1));
    }

    @Test
    void theTotalIsKeptWhereRoundingEachPartWouldLoseOrAddAPerson() {
        // each part is 3.33: rounding gives 9, rounding up 12; largest remainder keeps 10
        Map<String, Integer> divided = SplitShareRule.divide(10, shares("A", 1, "B", 1, "C", 1));
        assertThat(divided.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(10);
    }

    @Test
    void ofEqualRemaindersAndEqualSharesTheReceiverListedFirstGoesFirst() {
        assertThat(SplitShareRule.divide(1, shares("B", 1, "A", 1))).containsExactly(Map.entry("B", 1), Map.entry("A", 0));
        assertThat(SplitShareRule.divide(2, shares("C", 1, "B", 1, "A", 1)))
                .containsExactly(Map.entry("C", 1), Map.entry("B", 1), Map.entry("A", 0));
    }

    @Test
    void ofEqualRemaindersTheReceiverWithTheLargerShareGoesFirst() {
        // 2 × 1/4 = .5 and 2 × 3/4 = 1.5: one given, both remainders .5; the one left goes to the larger share
        assertThat(SplitShareRule.divide(2, shares("SMALL", 1, "LARGE", 3)))
                .containsExactly(Map.entry("SMALL", 0), Map.entry("LARGE", 2));
    }

    @Test
    void aLeadIsDividedAsItsSizeEachPartALead() {
        assertThat(SplitShareRule.divide(-10, shares("A", 5, "B", 3, "C", 1)))
                .containsExactly(Map.entry("A", -6), Map.entry("B", -3), Map.entry("C", -1));
    }

    @Test
    void nothingToDivideGivesEveryReceiverNothing() {
        assertThat(SplitShareRule.divide(0, shares("A", 5, "B", 3))).containsExactly(Map.entry("A", 0), Map.entry("B", 0));
    }

    @Test
    void haarensQuotaOverItsFourReceiversByTheirPartsOfItsPopulation() {
        // illustrative parts of Haaren's 14,000 inhabitants; a quota of 23
        Map<String, Integer> divided = SplitShareRule.divide(23,
                shares("GM0757", 4_000, "GM0824", 5_500, "GM0855", 1_500, "GM0865", 3_000));
        // 6.57, 9.04, 2.46, 4.93 → 6, 9, 2, 4 = 21; the two left to .93 (Vught) and .57 (Boxtel)
        assertThat(divided).containsExactly(Map.entry("GM0757", 7), Map.entry("GM0824", 9), Map.entry("GM0855", 2),
                Map.entry("GM0865", 5));
    }

    @Test
    void aSplitNeedsReceiversWithAShareOfAtLeastOne() {
        assertThatThrownBy(() -> SplitShareRule.divide(5, Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SplitShareRule.divide(5, shares("A", 0, "B", 1))).isInstanceOf(IllegalArgumentException.class);
    }
}
