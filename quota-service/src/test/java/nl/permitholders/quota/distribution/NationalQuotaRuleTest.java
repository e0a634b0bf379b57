package nl.permitholders.quota.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.permitholders.platform.api.InvalidInputException;
import nl.permitholders.platform.period.Period;
import nl.permitholders.quota.distribution.NationalQuotaRule.Standing;
import nl.permitholders.quota.quota.QuotaStatus;
import org.junit.jupiter.api.Test;

/** R1: versions of the national total of 2026-H1. */
class NationalQuotaRuleTest {

    private static final Period H1 = Period.parse("2026-H1");

    @Test
    void aHalfYearsFirstTotalIsFinalUnlessItSaysProvisional() {
        assertThat(NationalQuotaRule.newVersion(H1, null, 10_000, null)).contains(QuotaStatus.FINAL);
        assertThat(NationalQuotaRule.newVersion(H1, null, 10_000, QuotaStatus.PROVISIONAL)).contains(QuotaStatus.PROVISIONAL);
    }

    @Test
    void aDifferentTotalIsANewVersionWithTheStandingStatus() {
        Standing provisional = new Standing(10_000, QuotaStatus.PROVISIONAL);
        assertThat(NationalQuotaRule.newVersion(H1, provisional, 12_000, null)).contains(QuotaStatus.PROVISIONAL);
    }

    @Test
    void theSameTotalGoingFromProvisionalToFinalIsANewVersion() {
        Standing provisional = new Standing(10_000, QuotaStatus.PROVISIONAL);
        assertThat(NationalQuotaRule.newVersion(H1, provisional, 10_000, QuotaStatus.FINAL)).contains(QuotaStatus.FINAL);
    }

    @Test
    void theSameTotalWithTheSameStatusChangesNothing() {
        Standing fixed = new Standing(10_000, QuotaStatus.FINAL);
        assertThat(NationalQuotaRule.newVersion(H1, fixed, 10_000, QuotaStatus.FINAL)).isEmpty();
        assertThat(NationalQuotaRule.newVersion(H1, fixed, 10_000, null)).isEmpty();
    }

    @Test
    void aFinalTotalNeverBecomesProvisionalAgain() {
        Standing fixed = new Standing(10_000, QuotaStatus.FINAL);
        assertThatThrownBy(() -> NationalQuotaRule.newVersion(H1, fixed, 11_000, QuotaStatus.PROVISIONAL))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.invalidParams()).singleElement().satisfies(p -> assertThat(p.name()).isEqualTo("status"));
                    assertThat(e.getMessage()).contains("already FINAL (10000 persons)");
                });
    }
}
