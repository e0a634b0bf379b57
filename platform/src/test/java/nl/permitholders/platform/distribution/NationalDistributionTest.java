package nl.permitholders.platform.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.permitholders.platform.distribution.MergedPopulationRule.Figure;
import nl.permitholders.platform.distribution.NationalDistribution.Basis;
import nl.permitholders.platform.distribution.NationalDistribution.NotDistributable;
import nl.permitholders.platform.distribution.NationalDistribution.Quota;
import nl.permitholders.platform.distribution.NationalDistribution.Result;
import nl.permitholders.platform.distribution.Reorganisations.Merger;
import nl.permitholders.platform.distribution.Reorganisations.Split;
import nl.permitholders.platform.period.Period;
import org.junit.jupiter.api.Test;

/**
 * R1 as a whole: the national total of a half-year over the municipalities of its first day, by the population of the
 * year before, rounded up, with the mergers and splits of R3. quota-service's distribution and supervision's scenario
 * both call this.
 */
class NationalDistributionTest {

    private static final Period H2_2027 = Period.parse("2027-H2");
    private static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 1, 1);
    private static final Instant IMPORTED = Instant.parse("2026-05-01T10:00:00Z");
    private static final Map<String, Figure> CBS = Map.of("GM0001", cbs(60_000), "GM0002", cbs(20_000), "GM0003", cbs(30_000),
            "GM0004", cbs(10_000));

    @Test
    void eachMunicipalityGetsTheTotalTimesItsShareOfThePopulationRoundedUpAndTheSurplusIsReported() {
        Result result = NationalDistribution.of(H2_2027, 1_000, List.of("GM0001", "GM0002", "GM0003", "GM0004"), REFERENCE_DATE, CBS,
                Reorganisations.none());

        // 1,000 x 60,000 / 120,000 = 500; x 20,000 = 166.7 -> 167; x 30,000 = 250; x 10,000 = 83.3 -> 84
        assertThat(result.quotas().values()).extracting(Quota::persons).containsExactly(500, 167, 250, 84);
        assertThat(result.distribution().nationalPopulation()).isEqualTo(120_000);
        assertThat(result.distribution().sumOfQuotas()).isEqualTo(1_001);
        assertThat(result.distribution().surplus()).isEqualTo(1);
        assertThat(result.quotas().get("GM0002")).isEqualTo(new Quota("GM0002", 20_000, 167, Basis.DISTRIBUTED, 0));
    }

    @Test
    void aMergerInTheHalfYearGivesTheContinuingMunicipalityItsPartsSharesAndTheMergedNone() {
        Merger onTheFirstOfOctober = new Merger("GM0001", List.of("GM0002"), LocalDate.of(2027, 10, 1), true, IMPORTED);

        Result result = NationalDistribution.of(H2_2027, 1_000, List.of("GM0001", "GM0002", "GM0003", "GM0004"), REFERENCE_DATE, CBS,
                new Reorganisations(List.of(onTheFirstOfOctober), List.of()));

        assertThat(result.quotas().get("GM0001")).isEqualTo(new Quota("GM0001", 80_000, 500 + 167, Basis.MERGED, 0));
        assertThat(result.quotas()).doesNotContainKey("GM0002");
        assertThat(result.distribution().sumOfQuotas()).isEqualTo(1_001);
    }

    @Test
    void aMunicipalityFormedSinceTheReferenceDateCountsItsPartsInhabitants() {
        Merger onTheFirstOfJanuary = new Merger("GM0005", List.of("GM0003", "GM0004"), LocalDate.of(2027, 1, 1), false, IMPORTED);

        Result result = NationalDistribution.of(H2_2027, 1_000, List.of("GM0001", "GM0002", "GM0005"), REFERENCE_DATE, CBS,
                new Reorganisations(List.of(onTheFirstOfJanuary), List.of()));

        assertThat(result.quotas().get("GM0005")).isEqualTo(new Quota("GM0005", 40_000, 334, Basis.DISTRIBUTED, 0));
    }

    @Test
    void theShareOfAMunicipalitySplitDuringTheHalfYearIsDividedOverItsReceiversByTheirShares() {
        Map<String, Long> shares = new LinkedHashMap<>();
        shares.put("GM0001", 3L);
        shares.put("GM0002", 1L);
        Split onTheFirstOfSeptember = new Split("GM0004", shares, LocalDate.of(2027, 9, 1));

        Result result = NationalDistribution.of(H2_2027, 1_000, List.of("GM0001", "GM0002", "GM0003", "GM0004"), REFERENCE_DATE, CBS,
                new Reorganisations(List.of(), List.of(onTheFirstOfSeptember)));

        // GM0004's 84 by 3 : 1 is 63 and 21, each added to the receiver's own share
        assertThat(result.quotas().get("GM0001")).isEqualTo(new Quota("GM0001", 60_000, 500 + 63, Basis.SPLIT, 63));
        assertThat(result.quotas().get("GM0002")).isEqualTo(new Quota("GM0002", 20_000, 167 + 21, Basis.SPLIT, 21));
        assertThat(result.quotas().get("GM0004").persons()).isZero();
        assertThat(result.quotas().values().stream().mapToInt(Quota::persons).sum()).isEqualTo(result.distribution().sumOfQuotas());
    }

    @Test
    void aSplitSinceTheReferenceDateGivesItsReceiversItsInhabitants() {
        Map<String, Long> shares = new LinkedHashMap<>();
        shares.put("GM0001", 1L);
        shares.put("GM0002", 1L);
        Split lastYear = new Split("GM0004", shares, LocalDate.of(2027, 1, 1));

        Result result = NationalDistribution.of(H2_2027, 1_000, List.of("GM0001", "GM0002", "GM0003"), REFERENCE_DATE, CBS,
                new Reorganisations(List.of(), List.of(lastYear)));

        assertThat(result.distribution().nationalPopulation()).isEqualTo(120_000);
        assertThat(result.quotas().get("GM0001").population()).isEqualTo(65_000);
        assertThat(result.quotas().get("GM0002").population()).isEqualTo(25_000);
    }

    @Test
    void aMunicipalityWithoutAPopulationOnTheReferenceDateStopsTheDistributionAndIsNamed() {
        assertThatThrownBy(() -> NationalDistribution.of(H2_2027, 1_000, List.of("GM0001", "GM0009"), REFERENCE_DATE, CBS,
                Reorganisations.none()))
                .isInstanceOfSatisfying(NotDistributable.class, refused -> assertThat(refused.missing()).containsExactly("GM0009"))
                .hasMessageContaining("1 municipalities have no population on 2026-01-01, the reference date for 2027-H2: GM0009");
    }

    @Test
    void nothingIsDistributedOverNoMunicipalities() {
        assertThatThrownBy(() -> NationalDistribution.of(H2_2027, 1_000, List.of(), REFERENCE_DATE, CBS, Reorganisations.none()))
                .isInstanceOf(NotDistributable.class).hasMessage("No municipality exists on 2027-07-01.");
    }

    private static Figure cbs(int persons) {
        return new Figure(persons, IMPORTED, false);
    }
}
