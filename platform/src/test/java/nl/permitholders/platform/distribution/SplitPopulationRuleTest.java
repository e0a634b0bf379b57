package nl.permitholders.platform.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.permitholders.platform.distribution.Reorganisations.Split;
import org.junit.jupiter.api.Test;

/** R1 with R3, splits: no inhabitants lost when a municipality is split after the reference date. */
class SplitPopulationRuleTest {

    private static final LocalDate REFERENCE_2020 = LocalDate.of(2020, 1, 1);
    private static final LocalDate FIRST_DAY_2021 = LocalDate.of(2021, 1, 1);
    private static final Split HAAREN = new Split("GM0788", shares(), FIRST_DAY_2021);

    private static Map<String, Long> shares() {
        Map<String, Long> shares = new LinkedHashMap<>();
        shares.put("GM0757", 4_000L);
        shares.put("GM0865", 3_000L);
        return shares;
    }

    private static final Map<String, Integer> COUNTED = Map.of("GM0757", 30_000, "GM0865", 26_000);

    @Test
    void theSplitMunicipalitysFigureOnTheReferenceDateIsDividedOverItsReceiversByTheirShares() {
        // 7,700 by 4,000 / 3,000: 4,400 and 3,300
        assertThat(SplitPopulationRule.withSplitParts(COUNTED, REFERENCE_2020, FIRST_DAY_2021, Map.of("GM0788", 7_700), List.of(HAAREN)))
                .containsEntry("GM0757", 34_400).containsEntry("GM0865", 29_300);
    }

    @Test
    void withoutAFigureTheSharesAreItsInhabitants() {
        assertThat(SplitPopulationRule.withSplitParts(COUNTED, REFERENCE_2020, FIRST_DAY_2021, Map.of(), List.of(HAAREN)))
                .containsEntry("GM0757", 34_000).containsEntry("GM0865", 29_000);
    }

    @Test
    void aFigureOfTheDayOfTheSplitOrLaterIsAlreadyTheNewDivision() {
        assertThat(SplitPopulationRule.withSplitParts(COUNTED, FIRST_DAY_2021, LocalDate.of(2022, 1, 1), Map.of(), List.of(HAAREN)))
                .isEqualTo(COUNTED);
    }

    @Test
    void aSplitAfterTheHalfYearsFirstDayIsNotYetCounted() {
        assertThat(SplitPopulationRule.withSplitParts(COUNTED, REFERENCE_2020, FIRST_DAY_2021.minusDays(1), Map.of(), List.of(HAAREN)))
                .isEqualTo(COUNTED);
    }
}
