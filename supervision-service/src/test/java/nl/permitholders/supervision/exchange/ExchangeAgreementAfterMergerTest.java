package nl.permitholders.supervision.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.permitholders.platform.api.InvalidInputException;
import nl.permitholders.platform.api.InvalidParam;
import nl.permitholders.platform.period.Period;
import org.junit.jupiter.api.Test;

/**
 * R2 with R3: the continuing municipality takes over the exchange agreements of the municipalities merged into it, with
 * their parts checked on its figures and acted on by it (docs/domain.md).
 */
class ExchangeAgreementAfterMergerTest {

    private static final Period H1_2027 = Period.parse("2027-H1");
    private static final Instant BEFORE = Instant.parse("2026-12-01T10:00:00Z");
    private static final Instant NOW = Instant.parse("2027-05-03T10:00:00Z");
    private static final String WEESP = "GM0457";
    private static final String AMSTERDAM = "GM0363";
    private static final String ZAANSTAD = "GM0479";
    private static final String NOORD_HOLLAND = "PV27";

    /** Weesp joins Amsterdam in 2027-H1: from then on that half-year is Amsterdam's. */
    private static final PartyHolderRule WEESP_INTO_AMSTERDAM = PartyHolderRule.of(List.of(
            new PartyHolderRule.Merger(WEESP, AMSTERDAM, H1_2027)));

    /** Before the merger: Weesp with a quota of 25, Amsterdam 75, Zaanstad 30, nothing carried in. */
    private static final Map<String, PartyPosition> BEFORE_THE_MERGER = Map.of(
            WEESP, new PartyPosition(WEESP, NOORD_HOLLAND, 0, 25, 0, 25),
            AMSTERDAM, new PartyPosition(AMSTERDAM, NOORD_HOLLAND, 0, 75, 0, 75),
            ZAANSTAD, new PartyPosition(ZAANSTAD, NOORD_HOLLAND, 0, 30, 0, 30));

    /** After it: Amsterdam holds the half-year with both quotas, 100, and carries in 10. */
    private static final Map<String, PartyPosition> AFTER_THE_MERGER = Map.of(
            AMSTERDAM, new PartyPosition(AMSTERDAM, NOORD_HOLLAND, 10, 100, 0, 110),
            ZAANSTAD, BEFORE_THE_MERGER.get(ZAANSTAD));

    private static ExchangeAgreement proposedBeforeTheMerger(String proposer, AgreementChange... changes) {
        return ExchangeAgreement.propose(UUID.randomUUID(), H1_2027, "afspraak", List.of(changes), proposer, BEFORE_THE_MERGER,
                "wethouder", BEFORE);
    }

    /** The agreement as it is read once supervision knows the merger. */
    private static ExchangeAgreement afterTheMerger(ExchangeAgreement agreement) {
        return new ExchangeAgreement(agreement.id(), agreement.period(), agreement.reason(), agreement.changes(), agreement.steps(),
                WEESP_INTO_AMSTERDAM);
    }

    private static List<InvalidParam> refused(Runnable step) {
        try {
            step.run();
        } catch (InvalidInputException refusal) {
            return refusal.invalidParams();
        }
        throw new AssertionError("the step was taken");
    }

    @Test
    void thePendingAgreementPassesOnToTheContinuingMunicipalityWhichConfirmsForTheMergedParty() {
        ExchangeAgreement pending = afterTheMerger(proposedBeforeTheMerger(ZAANSTAD,
                new AgreementChange(ZAANSTAD, 20, 0), new AgreementChange(WEESP, -20, 0)));
        assertThat(pending.awaiting()).containsExactly(WEESP);
        assertThat(pending.holderOf(WEESP)).isEqualTo(AMSTERDAM);

        assertThatThrownBy(() -> pending.confirm(WEESP, "weesp", NOW)).isInstanceOf(ExchangeAgreement.NotAllowed.class)
                .hasMessageContaining("it merged into GM0363, which acts for it");
        ExchangeAgreement confirmed = pending.confirm(AMSTERDAM, "amsterdam", NOW);

        assertThat(confirmed.state()).isEqualTo(AgreementState.CONFIRMED);
        assertThat(confirmed.lastStep().actingFor()).isEqualTo(AMSTERDAM);
    }

    @Test
    void itIsRegisteredOnTheFiguresOfTheContinuingMunicipalityWhichCountWeespsPart() {
        ExchangeAgreement confirmed = afterTheMerger(proposedBeforeTheMerger(ZAANSTAD,
                new AgreementChange(ZAANSTAD, 20, 0), new AgreementChange(WEESP, -20, 0))).confirm(AMSTERDAM, "amsterdam", NOW);

        assertThat(confirmed.register(Registrar.province(NOORD_HOLLAND), AFTER_THE_MERGER, "provincie", NOW).state())
                .isEqualTo(AgreementState.REGISTERED);

        // Had Amsterdam's adjusted quota been 15, Weesp's part would take it to -5.
        Map<String, PartyPosition> lower = Map.of(AMSTERDAM, new PartyPosition(AMSTERDAM, NOORD_HOLLAND, 0, 15, 0, 15),
                ZAANSTAD, AFTER_THE_MERGER.get(ZAANSTAD));
        assertThat(refused(() -> confirmed.register(Registrar.province(NOORD_HOLLAND), lower, "provincie", NOW)))
                .extracting(InvalidParam::name, InvalidParam::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("changes[1].delta", "would leave the adjusted quota of GM0457 "
                        + "(now part of GM0363) for 2027-H1 at -5: carried backlog 0 + quota 15 + 0 exchanges registered earlier "
                        + "- 20 quota + 0 backlog in this one; it may not go below 0"));
    }

    @Test
    void theContinuingMunicipalityWithdrawsWhatTheMergedOneProposed() {
        ExchangeAgreement pending = afterTheMerger(proposedBeforeTheMerger(WEESP,
                new AgreementChange(WEESP, -20, 0), new AgreementChange(ZAANSTAD, 20, 0)));
        assertThatThrownBy(() -> pending.withdraw(WEESP, "weesp", NOW)).isInstanceOf(ExchangeAgreement.NotAllowed.class);
        assertThatThrownBy(() -> pending.decline(AMSTERDAM, "nee", "amsterdam", NOW)).isInstanceOf(ExchangeAgreement.NotAllowed.class)
                .hasMessageContaining("withdraws it rather than declining it");
        assertThat(pending.withdraw(AMSTERDAM, "amsterdam", NOW).state()).isEqualTo(AgreementState.WITHDRAWN);
        assertThat(pending.proposer()).isEqualTo(WEESP);
    }

    @Test
    void aNewAgreementNamingAMergedMunicipalityIsRefusedNamingTheOneToNameInstead() {
        assertThat(refused(() -> ExchangeAgreement.propose(UUID.randomUUID(), H1_2027, "afspraak", List.of(
                        new AgreementChange(ZAANSTAD, 20, 0), new AgreementChange(WEESP, -20, 0)), ZAANSTAD, AFTER_THE_MERGER,
                WEESP_INTO_AMSTERDAM, "zaanstad", NOW)))
                .extracting(InvalidParam::name, InvalidParam::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("changes[1].municipalityCode",
                        "GM0457 merged into GM0363 in 2027-H1 and 2027-H1 is GM0363's (R3): name GM0363 instead"));
    }

    @Test
    void theMergedPartysPartAndTheContinuingMunicipalitysOwnAreCheckedTogether() {
        ExchangeAgreement confirmed = afterTheMerger(proposedBeforeTheMerger(ZAANSTAD, new AgreementChange(WEESP, -20, 0),
                new AgreementChange(AMSTERDAM, -70, 0), new AgreementChange(ZAANSTAD, 90, 0)))
                .confirm(AMSTERDAM, "amsterdam", NOW);
        assertThat(confirmed.state()).as("Amsterdam confirmed its own part and Weesp's at once").isEqualTo(AgreementState.CONFIRMED);
        Map<String, PartyPosition> amsterdamAt85 = Map.of(AMSTERDAM, new PartyPosition(AMSTERDAM, NOORD_HOLLAND, 0, 85, 0, 85),
                ZAANSTAD, AFTER_THE_MERGER.get(ZAANSTAD));

        // 85 - 20 - 70 = -5 for Amsterdam, though neither part alone goes below zero.
        assertThat(refused(() -> confirmed.register(Registrar.province(NOORD_HOLLAND), amsterdamAt85, "provincie", NOW)))
                .extracting(InvalidParam::name, InvalidParam::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("changes[0].delta", "would leave the adjusted quota of GM0363 "
                        + "(GM0457 and GM0363 together) for 2027-H1 at -5: carried backlog 0 + quota 85 + 0 exchanges registered "
                        + "earlier - 90 quota + 0 backlog in this one; it may not go below 0"));
    }

    @Test
    void partiesThatBecameOneMunicipalityExchangeNothing() {
        ExchangeAgreement confirmed = afterTheMerger(proposedBeforeTheMerger(WEESP,
                new AgreementChange(WEESP, -10, 0), new AgreementChange(AMSTERDAM, 10, 0))).confirm(AMSTERDAM, "amsterdam", NOW);

        assertThat(refused(() -> confirmed.register(Registrar.province(NOORD_HOLLAND), AFTER_THE_MERGER, "provincie", NOW)))
                .extracting(InvalidParam::name, InvalidParam::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("changes", "GM0457 (now part of GM0363), GM0363 are one "
                        + "municipality for 2027-H1 since their merger (R3): the agreement exchanges nothing between municipalities"));
    }

    @Test
    void theProvinceOfTheContinuingMunicipalityRegistersAsTheRegisterPlacesItAcrossAnOldBorder() {
        // As Leerdam (Zuid-Holland) became part of Vijfheerenlanden (Utrecht) in 2019: here Weesp joins a municipality of PV26.
        ExchangeAgreement confirmed = afterTheMerger(proposedBeforeTheMerger(ZAANSTAD,
                new AgreementChange(ZAANSTAD, 20, 0), new AgreementChange(WEESP, -20, 0))).confirm(AMSTERDAM, "amsterdam", NOW);
        Map<String, PartyPosition> acrossTheBorder = Map.of(AMSTERDAM, new PartyPosition(AMSTERDAM, "PV26", 10, 100, 0, 110),
                ZAANSTAD, AFTER_THE_MERGER.get(ZAANSTAD));
        assertThat(confirmed.mayBeRegisteredBy(Registrar.province(NOORD_HOLLAND), acrossTheBorder)).isFalse();
        assertThat(confirmed.mayBeRegisteredBy(Registrar.rijk(), acrossTheBorder)).isTrue();
        assertThat(confirmed.mayBeRegisteredBy(Registrar.province(NOORD_HOLLAND), AFTER_THE_MERGER)).isTrue();
    }

    @Test
    void anAgreementForAHalfYearBeforeTheMergerStaysOnTheMergedMunicipalitysFiguresAndTheContinuingOneActsForIt() {
        Period earlier = Period.parse("2026-H2");
        ExchangeAgreement pending = new ExchangeAgreement(UUID.randomUUID(), earlier, "afspraak", List.of(
                new AgreementChange(ZAANSTAD, 5, 0), new AgreementChange(WEESP, -5, 0)),
                List.of(new AgreementStep(AgreementStep.Kind.PROPOSED, ZAANSTAD, "zaanstad", BEFORE, null)), WEESP_INTO_AMSTERDAM);
        assertThat(pending.holders()).containsExactly(ZAANSTAD, WEESP);

        ExchangeAgreement confirmed = pending.confirm(AMSTERDAM, "amsterdam", NOW);

        assertThat(confirmed.state()).isEqualTo(AgreementState.CONFIRMED);
        assertThat(confirmed.register(Registrar.province(NOORD_HOLLAND), BEFORE_THE_MERGER,
                new ExchangeAgreement.ClosedHalfYearConfirmation(null), "provincie", NOW).state()).isEqualTo(AgreementState.REGISTERED);
    }

    @Test
    void aMunicipalityFormedInTheMiddleOfTheHalfYearIsAPartyForIt() {
        // GM1980 formed from GM0398 and GM0416 on 1 April 2027.
        PartyHolderRule formed = PartyHolderRule.of(List.of(new PartyHolderRule.Merger("GM0398", "GM1980", H1_2027),
                new PartyHolderRule.Merger("GM0416", "GM1980", H1_2027)));
        Map<String, PartyPosition> positions = Map.of("GM1980", new PartyPosition("GM1980", NOORD_HOLLAND, 0, 40, 0, 40),
                ZAANSTAD, AFTER_THE_MERGER.get(ZAANSTAD));

        ExchangeAgreement agreement = ExchangeAgreement.propose(UUID.randomUUID(), H1_2027, "afspraak", List.of(
                new AgreementChange("GM1980", -15, 0), new AgreementChange(ZAANSTAD, 15, 0)), "GM1980", positions, formed, "dijk en waard", NOW);

        assertThat(agreement.confirm(ZAANSTAD, "zaanstad", NOW).register(Registrar.province(NOORD_HOLLAND), positions, "provincie", NOW)
                .state()).isEqualTo(AgreementState.REGISTERED);
    }
}
