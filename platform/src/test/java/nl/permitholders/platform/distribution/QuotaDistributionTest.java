package nl.permitholders.platform.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import nl.permitholders.platform.period.Period;
import nl.permitholders.platform.distribution.QuotaDistribution.Distribution;
import org.junit.jupiter.api.Test;

/** R1, Huisvestingswet 2014 art. 29 lid 1. */
class QuotaDistributionTest {

    @Test
    void aMunicipalitysQuotaIsTheNationalTotalTimesItsShareOfThePopulationRoundedUp() {
        Distribution d = QuotaDistribution.distribute(100, Map.of("GM0001", 1, "GM0002", 2));
        // 100 x 1/3 = 33.33 → 34; 100 x 2/3 = 66.67 → 67
        assertEquals(34, d.quotas().get("GM0001"));
        assertEquals(67, d.quotas().get("GM0002"));
    }

    @Test
    void anExactShareIsNotRoundedFurther() {
        Distribution d = QuotaDistribution.distribute(100, Map.of("GM0001", 1, "GM0002", 3));
        assertEquals(25, d.quotas().get("GM0001"));
        assertEquals(75, d.quotas().get("GM0002"));
        assertEquals(0, d.surplus());
    }

    @Test
    void roundingUpMakesTheQuotasSumToMoreThanTheNationalTotalAndTheSurplusIsReported() {
        Distribution d = QuotaDistribution.distribute(100, Map.of("GM0001", 1, "GM0002", 2));
        assertEquals(101, d.sumOfQuotas());
        assertEquals(1, d.surplus());
    }

    @Test
    void aMunicipalityWithoutInhabitantsGetsNoQuota() {
        Distribution d = QuotaDistribution.distribute(50, Map.of("GM0001", 0, "GM0002", 1000));
        assertEquals(0, d.quotas().get("GM0001"));
        assertEquals(50, d.quotas().get("GM0002"));
    }

    @Test
    void thePopulationThatCountsIsThatOnTheFirstOfJanuaryOfTheYearBefore() {
        assertEquals(LocalDate.of(2024, 1, 1), QuotaDistribution.populationReferenceDate(Period.parse("2025-H1")));
        assertEquals(LocalDate.of(2024, 1, 1), QuotaDistribution.populationReferenceDate(Period.parse("2025-H2")));
    }

    @Test
    void nothingCanBeDistributedOverNoInhabitants() {
        assertThrows(IllegalArgumentException.class, () -> QuotaDistribution.distribute(10, Map.of("GM0001", 0)));
        assertThrows(IllegalArgumentException.class, () -> QuotaDistribution.distribute(10, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> QuotaDistribution.distribute(-1, Map.of("GM0001", 5)));
    }

    /** Over 342 municipalities of any size: the sum is at least the total and less than total + number of municipalities. */
    @Test
    void theSurplusIsNeverNegativeAndLessThanTheNumberOfMunicipalities() {
        Random random = new Random(20231110);
        for (int run = 0; run < 500; run++) {
            Map<String, Integer> populations = new LinkedHashMap<>();
            for (int i = 0; i < 342; i++) {
                populations.put(String.format("GM%04d", i), random.nextInt(run % 5 == 0 ? 10 : 950_000));
            }
            populations.put("GM9999", 1 + random.nextInt(1_000_000));
            int national = random.nextInt(run % 3 == 0 ? 30_000 : 600_000);
            Distribution d = QuotaDistribution.distribute(national, populations);
            assertThat(d.sumOfQuotas()).isGreaterThanOrEqualTo(national).isLessThan(national + populations.size());
            assertThat(d.quotas().values()).allMatch(q -> q >= 0);
        }
    }

    @Test
    void theAdjustmentOfTwentyTwentyThreeTwoLowersEveryQuota() {
        Map<String, Integer> populations = Map.of("GM0141", 68_000, "GM0153", 160_000, "GM0193", 130_000, "GM0363", 930_000);
        Distribution published = QuotaDistribution.distribute(27_300, populations);
        Distribution adjusted = QuotaDistribution.distribute(17_600, populations);
        populations.keySet().forEach(code -> assertThat(adjusted.quotas().get(code)).isLessThan(published.quotas().get(code)));
    }
}
