package nl.permitholders.supervision.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.permitholders.platform.period.Period;
import org.junit.jupiter.api.Test;

/** R2 with R3: the continuing municipality takes over the exchange agreements of the municipalities merged into it (docs/domain.md). */
class PartyHolderRuleTest {

    private static final String WEESP = "GM0457";
    private static final String AMSTERDAM = "GM0363";
    /** CBS: Weesp part of Amsterdam from 24 March 2022, so from 2022-H1. */
    private static final PartyHolderRule WEESP_INTO_AMSTERDAM = PartyHolderRule.of(List.of(
            new PartyHolderRule.Merger(WEESP, AMSTERDAM, Period.parse("2022-H1"))));

    @Test
    void theHalfYearOfTheMergerAndEveryLaterOneHoldTheMergedPartysPartInTheContinuingMunicipalitysFigures() {
        assertThat(WEESP_INTO_AMSTERDAM.holderOf(WEESP, Period.parse("2022-H1"))).isEqualTo(AMSTERDAM);
        assertThat(WEESP_INTO_AMSTERDAM.holderOf(WEESP, Period.parse("2023-H2"))).isEqualTo(AMSTERDAM);
        assertThat(WEESP_INTO_AMSTERDAM.shown(WEESP, Period.parse("2022-H1"))).isEqualTo("GM0457 (now part of GM0363)");
    }

    @Test
    void anEarlierHalfYearStaysTheMergedMunicipalitysOwn() {
        assertThat(WEESP_INTO_AMSTERDAM.holderOf(WEESP, Period.parse("2021-H2"))).isEqualTo(WEESP);
        assertThat(WEESP_INTO_AMSTERDAM.shown(WEESP, Period.parse("2021-H2"))).isEqualTo(WEESP);
    }

    @Test
    void fromTheHalfYearOfTheMergerTheContinuingMunicipalityActsForTheMergedOneAlsoOnAnEarlierHalfYear() {
        Period earlier = Period.parse("2021-H2");
        assertThat(WEESP_INTO_AMSTERDAM.actingFor(WEESP, earlier, LocalDate.of(2021, 12, 1))).isEqualTo(WEESP);
        assertThat(WEESP_INTO_AMSTERDAM.actingFor(WEESP, earlier, LocalDate.of(2022, 1, 1))).isEqualTo(AMSTERDAM);
        // An agreement for the merger's half-year is the continuing municipality's to act on once the merger is known.
        assertThat(WEESP_INTO_AMSTERDAM.actingFor(WEESP, Period.parse("2022-H1"), LocalDate.of(2021, 12, 1))).isEqualTo(AMSTERDAM);
    }

    @Test
    void aNewAgreementNamesTheContinuingMunicipalityInsteadOfTheMergedOne() {
        assertThat(WEESP_INTO_AMSTERDAM.refusal(WEESP, Period.parse("2022-H1")))
                .contains("GM0457 merged into GM0363 in 2022-H1 and 2022-H1 is GM0363's (R3): name GM0363 instead");
        assertThat(WEESP_INTO_AMSTERDAM.refusal(WEESP, Period.parse("2021-H2"))).isEmpty();
        assertThat(WEESP_INTO_AMSTERDAM.refusal(AMSTERDAM, Period.parse("2022-H1"))).isEmpty();
    }

    @Test
    void aMunicipalityFormedInTheMiddleOfAHalfYearHoldsThatHalfYear() {
        // Two municipalities form GM1980 on 1 April 2027: 2027-H1 is wholly the new one's.
        PartyHolderRule formed = PartyHolderRule.of(List.of(new PartyHolderRule.Merger("GM0398", "GM1980", Period.parse("2027-H1")),
                new PartyHolderRule.Merger("GM0416", "GM1980", Period.parse("2027-H1"))));
        assertThat(formed.holderOf("GM1980", Period.parse("2027-H1"))).isEqualTo("GM1980");
        assertThat(formed.refusal("GM1980", Period.parse("2027-H1"))).isEmpty();
        assertThat(formed.holderOf("GM0416", Period.parse("2027-H1"))).isEqualTo("GM1980");
    }

    @Test
    void mergersChain() {
        PartyHolderRule chain = PartyHolderRule.of(List.of(new PartyHolderRule.Merger("GM0001", "GM0002", Period.parse("2019-H1")),
                new PartyHolderRule.Merger("GM0002", "GM0003", Period.parse("2027-H1"))));
        assertThat(chain.holderOf("GM0001", Period.parse("2023-H1"))).isEqualTo("GM0002");
        assertThat(chain.holderOf("GM0001", Period.parse("2027-H1"))).isEqualTo("GM0003");
        assertThat(chain.lastOf("GM0001")).isEqualTo("GM0003");
        assertThat(chain.refusal("GM0001", Period.parse("2027-H1"))).hasValueSatisfying(why -> assertThat(why)
                .contains("GM0001 merged into GM0002").contains("2027-H1 is GM0003's"));
    }

    /** Haaren was split over Boxtel, Oisterwijk, Tilburg and Vught on 1 January 2021: from 2021-H1 it is no party. */
    @Test
    void aNewAgreementNamingASplitMunicipalityFromItsSplitsHalfYearOnIsRefusedNamingItsReceivers() {
        PartyHolderRule haarenSplit = PartyHolderRule.of(List.of(), List.of(new PartyHolderRule.Split("GM0788",
                List.of("GM0757", "GM0824", "GM0855", "GM0865"), Period.parse("2021-H1"))));

        assertThat(haarenSplit.refusal("GM0788", Period.parse("2021-H1")))
                .contains("GM0788 was split over GM0757, GM0824, GM0855, GM0865 in 2021-H1 and 2021-H1 is theirs by their shares (R3): "
                        + "name one of them instead");
        assertThat(haarenSplit.refusal("GM0788", Period.parse("2022-H2"))).isPresent();
        assertThat(haarenSplit.refusal("GM0788", Period.parse("2020-H2"))).isEmpty();
        assertThat(haarenSplit.refusal("GM0865", Period.parse("2021-H1"))).isEmpty();
    }
}
