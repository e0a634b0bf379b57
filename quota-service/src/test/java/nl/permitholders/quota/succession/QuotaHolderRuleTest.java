package nl.permitholders.quota.succession;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.permitholders.platform.period.Period;
import org.junit.jupiter.api.Test;

/** R3: the half-year in which a merger takes effect, and every later one, is the continuing municipality's: its quota is counted once. */
class QuotaHolderRuleTest {

    /** CBS: Weesp (GM0457) part of Amsterdam (GM0363) from 24 March 2022. */
    private static final RecordedMerger WEESP_INTO_AMSTERDAM = new RecordedMerger("GM0363", List.of("GM0457"),
            LocalDate.of(2022, 3, 24), true, Instant.EPOCH);
    /** CBS: Heerhugowaard (GM0398) and Langedijk (GM0416) form Dijk en Waard (GM1980) on 1 January 2022. */
    private static final RecordedMerger DIJK_EN_WAARD = new RecordedMerger("GM1980", List.of("GM0398", "GM0416"),
            LocalDate.of(2022, 1, 1), false, Instant.EPOCH);
    private static final QuotaHolderRule RULE = QuotaHolderRule.of(List.of(WEESP_INTO_AMSTERDAM, DIJK_EN_WAARD));

    @Test
    void aMergedMunicipalityTakesNoQuotaFromTheHalfYearItsMergerTakesEffectInNamingItsSuccessor() {
        assertThat(RULE.refusal("GM0457", Period.parse("2022-H1"))).hasValueSatisfying(reason -> assertThat(reason)
                .contains("GM0457 merged into GM0363 on 2022-03-24").contains("the quota of 2022-H1 is GM0363's"));
        assertThat(RULE.refusal("GM0457", Period.parse("2023-H2"))).isPresent();
        assertThat(RULE.holderOf("GM0457", Period.parse("2022-H1"))).isEqualTo("GM0363");
    }

    @Test
    void theHalfYearsBeforeTheMergerStayTheMergedMunicipalitys() {
        assertThat(RULE.refusal("GM0457", Period.parse("2021-H2"))).isEmpty();
        assertThat(RULE.holderOf("GM0457", Period.parse("2021-H2"))).isEqualTo("GM0457");
    }

    @Test
    void aMergerOnTheFirstOfJulyLeavesTheFirstHalfYearToTheMergedMunicipality() {
        QuotaHolderRule july = QuotaHolderRule.of(List.of(new RecordedMerger("GM0003", List.of("GM0001", "GM0002"),
                LocalDate.of(2027, 7, 1), false, Instant.EPOCH)));
        assertThat(july.refusal("GM0001", Period.parse("2027-H1"))).isEmpty();
        assertThat(july.refusal("GM0001", Period.parse("2027-H2"))).isPresent();
        assertThat(july.refusal("GM0003", Period.parse("2027-H1"))).hasValueSatisfying(reason -> assertThat(reason)
                .contains("GM0003 was formed on 2027-07-01 from GM0001, GM0002").contains("takes a quota from 2027-H2 on"));
    }

    @Test
    void aNewMunicipalityTakesTheQuotaOfTheHalfYearItIsFormedInAndTheAbsorbingOneEveryHalfYear() {
        assertThat(RULE.refusal("GM1980", Period.parse("2022-H1"))).isEmpty();
        assertThat(RULE.refusal("GM1980", Period.parse("2021-H2"))).isPresent();
        assertThat(RULE.refusal("GM0363", Period.parse("2021-H2"))).isEmpty();
        assertThat(RULE.refusal("GM0363", Period.parse("2022-H1"))).isEmpty();
    }

    @Test
    void theQuotaOfAMunicipalityThatMergedTwiceIsHeldWhereTheChainEnds() {
        QuotaHolderRule chain = QuotaHolderRule.of(List.of(
                new RecordedMerger("GM0002", List.of("GM0001"), LocalDate.of(2019, 1, 1), true, Instant.EPOCH),
                new RecordedMerger("GM0003", List.of("GM0002", "GM0004"), LocalDate.of(2027, 4, 1), false, Instant.EPOCH)));
        assertThat(chain.holderOf("GM0001", Period.parse("2027-H1"))).isEqualTo("GM0003");
        assertThat(chain.refusal("GM0001", Period.parse("2027-H1"))).hasValueSatisfying(reason -> assertThat(reason)
                .contains("GM0001 merged into GM0002").contains("the quota of 2027-H1 is GM0003's"));
    }

    @Test
    void onlyTheContinuingMunicipalityOfAMergerInTheHalfYearHoldsAMergersSum() {
        assertThat(RULE.continuesAMergerIn("GM0363", Period.parse("2022-H1"))).isTrue();
        assertThat(RULE.continuesAMergerIn("GM1980", Period.parse("2022-H1"))).isTrue();
        assertThat(RULE.continuesAMergerIn("GM0363", Period.parse("2022-H2"))).isFalse();
        assertThat(RULE.continuesAMergerIn("GM0457", Period.parse("2022-H1"))).isFalse();
    }
}
