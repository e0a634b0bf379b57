package nl.permitholders.platform.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.permitholders.platform.period.Period;
import nl.permitholders.platform.distribution.MergedShareRule.HeldShare;
import nl.permitholders.platform.distribution.QuotaDistribution.Distribution;
import nl.permitholders.platform.distribution.Reorganisations.Merger;
import org.junit.jupiter.api.Test;

/**
 * R1 with R3: a distribution of the half-year in which a merger takes effect gives the continuing municipality the share
 * of all its parts; the merged municipalities hold none, and the sum of the quotas stays the sum of the shares.
 */
class MergedShareRuleTest {

    private static final Period H1 = Period.parse("2025-H1");
    private static final LocalDate FIRST_OF_APRIL = LocalDate.of(2025, 4, 1);
    private static final Map<String, Integer> POPULATIONS = Map.of("GM0001", 60_000, "GM0002", 20_000, "GM0003", 30_000,
            "GM0004", 10_000, "GM0009", 5_000);

    @Test
    void aNewMunicipalityFormedOnTheFirstOfAprilHoldsItsPartsSharesAsAMergersSum() {
        Reorganisations holders = new Reorganisations(List.of(new Merger("GM0005", List.of("GM0003", "GM0004"), FIRST_OF_APRIL,
                false, Instant.EPOCH)), List.of());
        Distribution distribution = QuotaDistribution.distribute(250, POPULATIONS);

        List<HeldShare> held = MergedShareRule.held(H1, POPULATIONS, distribution, holders);

        int gm0003 = distribution.quotas().get("GM0003");
        int gm0004 = distribution.quotas().get("GM0004");
        assertThat(held).contains(new HeldShare("GM0005", 40_000, gm0003 + gm0004, true))
                .extracting(HeldShare::municipalityCode).containsExactly("GM0001", "GM0002", "GM0005", "GM0009");
        assertThat(held.stream().mapToInt(HeldShare::quota).sum()).isEqualTo(distribution.sumOfQuotas());
    }

    @Test
    void anAbsorbingMunicipalityHoldsItsOwnShareAndTheAbsorbedOnes() {
        Reorganisations holders = new Reorganisations(List.of(new Merger("GM0001", List.of("GM0002"), FIRST_OF_APRIL, true,
                Instant.EPOCH)), List.of());
        Distribution distribution = QuotaDistribution.distribute(250, POPULATIONS);

        List<HeldShare> held = MergedShareRule.held(H1, POPULATIONS, distribution, holders);

        assertThat(held).contains(new HeldShare("GM0001", 80_000,
                distribution.quotas().get("GM0001") + distribution.quotas().get("GM0002"), true));
        assertThat(held).extracting(HeldShare::municipalityCode).doesNotContain("GM0002");
        assertThat(held).filteredOn(h -> h.municipalityCode().equals("GM0009")).singleElement()
                .satisfies(h -> assertThat(h.merged()).isFalse());
    }

    @Test
    void theHalfYearBeforeTheMergerIsSharedAsIfItDidNotCome() {
        Reorganisations holders = new Reorganisations(List.of(new Merger("GM0001", List.of("GM0002"), FIRST_OF_APRIL, true,
                Instant.EPOCH)), List.of());
        Distribution distribution = QuotaDistribution.distribute(250, POPULATIONS);

        assertThat(MergedShareRule.held(Period.parse("2024-H2"), POPULATIONS, distribution, holders))
                .extracting(HeldShare::municipalityCode).containsExactly("GM0001", "GM0002", "GM0003", "GM0004", "GM0009");
    }
}
