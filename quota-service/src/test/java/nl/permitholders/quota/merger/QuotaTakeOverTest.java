package nl.permitholders.quota.merger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.permitholders.quota.quota.QuotaBasis;
import nl.permitholders.quota.quota.QuotaHistory;
import nl.permitholders.quota.quota.QuotaStatus;
import nl.permitholders.quota.quota.QuotaVersion;
import nl.permitholders.quota.merger.QuotaTakeOver.Sum;
import org.junit.jupiter.api.Test;

/** R3: the half-year of the merger belongs wholly to the continuing municipality; quotas add up. */
class QuotaTakeOverTest {

    private static QuotaHistory quota(int persons, QuotaStatus status) {
        return QuotaHistory.of(List.of(new QuotaVersion(1, persons, status, null, QuotaBasis.DISTRIBUTED, "Rijk", Instant.EPOCH)));
    }

    @Test
    void amsterdamAbsorbingWeespHasBothQuotasOfTheHalfYear() {
        assertThat(QuotaTakeOver.of("GM0363", List.of("GM0457"), Map.of(
                "GM0363", quota(552, QuotaStatus.FINAL), "GM0457", quota(12, QuotaStatus.FINAL))))
                .contains(new Sum(564, QuotaStatus.FINAL));
    }

    @Test
    void aNewMunicipalityHasTheSumOfItsPredecessorsQuotasProvisionalWhenOneIs() {
        assertThat(QuotaTakeOver.of("GM1990", List.of("GM0147", "GM0163"), Map.of(
                "GM0147", quota(10, QuotaStatus.FINAL), "GM0163", quota(5, QuotaStatus.PROVISIONAL))))
                .contains(new Sum(15, QuotaStatus.PROVISIONAL));
    }

    @Test
    void aFinalQuotaOfTheAbsorbingMunicipalityStaysFinal() {
        assertThat(QuotaTakeOver.of("GM0394", List.of("GM0393"), Map.of(
                "GM0394", quota(60, QuotaStatus.FINAL), "GM0393", quota(3, QuotaStatus.PROVISIONAL))))
                .contains(new Sum(63, QuotaStatus.FINAL));
    }

    @Test
    void aHalfYearWithoutQuotasHasNothingToTakeOver() {
        assertThat(QuotaTakeOver.of("GM0363", List.of("GM0457"), Map.of("GM0014", quota(9, QuotaStatus.FINAL)))).isEmpty();
    }
}
