package nl.permitholders.supervision.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.permitholders.platform.api.ConflictException;
import nl.permitholders.platform.api.InvalidInputException;
import nl.permitholders.platform.api.InvalidParam;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.exchange.AgreementStep.Kind;
import org.junit.jupiter.api.Test;

/** R2, the exchange municipalities agree among themselves, and its steps (docs/domain.md). */
class ExchangeAgreementTest {

    private static final Period H1_2026 = Period.parse("2026-H1");
    private static final Instant NOW = Instant.parse("2026-02-01T10:00:00Z");
    private static final String ALMELO = "GM0141";
    private static final String HENGELO = "GM0164";
    private static final String ENSCHEDE = "GM0153";
    private static final String ZWOLLE_PROVINCE_TOWN = "GM0193";
    private static final String OVERIJSSEL = "PV23";

    /** Almelo carries 30 into 2026-H1 with a quota of 20; Hengelo is 5 ahead with a quota of 40; Enschede carries nothing, quota 10. */
    private static final Map<String, PartyPosition> POSITIONS = Map.of(
            ALMELO, new PartyPosition(ALMELO, OVERIJSSEL, 30, 20, 0, 50),
            HENGELO, new PartyPosition(HENGELO, OVERIJSSEL, -5, 40, 0, 35),
            ENSCHEDE, new PartyPosition(ENSCHEDE, OVERIJSSEL, 0, 10, 0, 10),
            ZWOLLE_PROVINCE_TOWN, new PartyPosition(ZWOLLE_PROVINCE_TOWN, "PV20", 0, 10, 0, 10));

    private static ExchangeAgreement propose(AgreementChange... changes) {
        return ExchangeAgreement.propose(UUID.randomUUID(), H1_2026, "afspraak", List.of(changes), changes[0].municipalityCode(),
                POSITIONS, "wethouder", NOW);
    }

    private static List<InvalidParam> refusalOf(AgreementChange... changes) {
        try {
            propose(changes);
        } catch (InvalidInputException refused) {
            return refused.invalidParams();
        }
        throw new AssertionError("the proposal was accepted");
    }

    @Test
    void whatOneTakesOverAnotherHandsOver() {
        assertThat(refusalOf(new AgreementChange(ALMELO, -10, 0), new AgreementChange(HENGELO, 8, 0)))
                .extracting(InvalidParam::name, InvalidParam::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("changes",
                        "the quota deltas add up to -2, not 0: what one takes over another hands over"));
    }

    @Test
    void backlogHandedOverIsTakenOverInFull() {
        assertThat(refusalOf(new AgreementChange(ALMELO, 0, -10), new AgreementChange(HENGELO, 0, 9)))
                .extracting(InvalidParam::name).containsExactly("changes");
    }

    @Test
    void anExchangeIsBetweenTwoOrMoreDifferentMunicipalitiesEachOfWhichChangesSomething() {
        assertThat(refusalOf(new AgreementChange(ALMELO, 0, 0))).extracting(InvalidParam::name).containsExactly("changes");
        assertThat(refusalOf(new AgreementChange(ALMELO, -5, 0), new AgreementChange(ALMELO, 5, 0)))
                .extracting(InvalidParam::name).contains("changes[1].municipalityCode");
        assertThat(refusalOf(new AgreementChange(ALMELO, -5, 0), new AgreementChange(HENGELO, 5, 0), new AgreementChange(ENSCHEDE, 0, 0)))
                .extracting(InvalidParam::name).containsExactly("changes[2].delta");
    }

    @Test
    void theProposerIsOneOfTheParties() {
        assertThatThrownBy(() -> ExchangeAgreement.propose(UUID.randomUUID(), H1_2026, "afspraak",
                List.of(new AgreementChange(ALMELO, -5, 0), new AgreementChange(HENGELO, 5, 0)), ENSCHEDE, POSITIONS, "wethouder", NOW))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining(ENSCHEDE);
    }

    @Test
    void anExchangeLargerThanAPartysOwnQuotaIsAllowedWhileItsAdjustedQuotaStaysAtLeastZero() {
        // Almelo hands over 45 of its 20 quota: its adjusted quota 30 + 20 - 45 = 5 stays above zero.
        ExchangeAgreement agreement = propose(new AgreementChange(ALMELO, -45, 0), new AgreementChange(HENGELO, 45, 0));
        assertThat(agreement.state()).isEqualTo(AgreementState.PROPOSED);
        // Down to exactly zero is allowed too.
        propose(new AgreementChange(ALMELO, -50, 0), new AgreementChange(HENGELO, 50, 0));
    }

    @Test
    void noPartysAdjustedQuotaGoesBelowZeroAndTheRefusalNamesTheFieldAndTheNumbers() {
        List<InvalidParam> refused = refusalOf(new AgreementChange(HENGELO, 40, 0), new AgreementChange(ALMELO, -51, 0),
                new AgreementChange(ENSCHEDE, 11, 0));
        assertThat(refused).extracting(InvalidParam::name).containsExactly("changes[1].delta");
        assertThat(refused.get(0).reason()).isEqualTo("would leave the adjusted quota of GM0141 for 2026-H1 at -1: carried backlog 30 "
                + "+ quota 20 + 0 exchanges registered earlier - 51 quota + 0 backlog in this one; it may not go below 0");
    }

    @Test
    void exchangesRegisteredEarlierCountInTheAdjustedQuota() {
        Map<String, PartyPosition> afterAnEarlierExchange = Map.of(
                ALMELO, new PartyPosition(ALMELO, OVERIJSSEL, 30, 20, -45, 5),
                HENGELO, POSITIONS.get(HENGELO));
        assertThatThrownBy(() -> ExchangeAgreement.propose(UUID.randomUUID(), H1_2026, "nog een", List.of(
                new AgreementChange(ALMELO, -6, 0), new AgreementChange(HENGELO, 6, 0)), ALMELO, afterAnEarlierExchange, "wethouder", NOW))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("changes[0].delta");
    }

    @Test
    void aMunicipalityHandsOverAtMostTheBacklogItCarriesIntoTheHalfYear() {
        propose(new AgreementChange(ALMELO, 0, -30), new AgreementChange(HENGELO, 0, 30));
        List<InvalidParam> refused = refusalOf(new AgreementChange(ALMELO, 0, -31), new AgreementChange(HENGELO, 0, 31));
        assertThat(refused).extracting(InvalidParam::name, InvalidParam::reason).containsExactly(org.assertj.core.groups.Tuple.tuple(
                "changes[0].backlogTransfer", "GM0141 hands over 31 persons of backlog but carries 30 into 2026-H1"));
        // A municipality that is ahead carries no backlog to hand over.
        assertThat(refusalOf(new AgreementChange(HENGELO, 0, -1), new AgreementChange(ALMELO, 0, 1)))
                .extracting(InvalidParam::name).containsExactly("changes[0].backlogTransfer");
    }

    @Test
    void backlogTakenOverCountsInTheAdjustedQuotaOfTheOneTakingItOver() {
        // Hengelo takes over 10 of Almelo's backlog and hands over 45 quota: 35 + 10 - 45 = 0.
        propose(new AgreementChange(ALMELO, 45, -10), new AgreementChange(HENGELO, -45, 10));
        assertThat(refusalOf(new AgreementChange(ALMELO, 46, -10), new AgreementChange(HENGELO, -46, 10)))
                .extracting(InvalidParam::name).containsExactly("changes[1].delta");
    }

    @Test
    void aPartyWithoutFiguresIsNamed() {
        assertThat(refusalOf(new AgreementChange(ALMELO, -5, 0), new AgreementChange("GM9999", 5, 0)))
                .extracting(InvalidParam::name).containsExactly("changes[1].municipalityCode");
    }

    @Test
    void theProposersPartCountsAsAgreedAndEveryOtherPartyConfirms() {
        ExchangeAgreement agreement = propose(new AgreementChange(ALMELO, -10, 0), new AgreementChange(HENGELO, 5, 0),
                new AgreementChange(ENSCHEDE, 5, 0));
        assertThat(agreement.awaiting()).containsExactly(HENGELO, ENSCHEDE);

        ExchangeAgreement one = agreement.confirm(HENGELO, "hengelo", NOW);
        assertThat(one.state()).isEqualTo(AgreementState.PROPOSED);
        assertThatThrownBy(() -> one.confirm(HENGELO, "hengelo", NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> one.confirm(ALMELO, "almelo", NOW)).isInstanceOf(ConflictException.class);

        ExchangeAgreement all = one.confirm(ENSCHEDE, "enschede", NOW);
        assertThat(all.state()).isEqualTo(AgreementState.CONFIRMED);
        assertThat(all.steps()).extracting(AgreementStep::kind).containsExactly(Kind.PROPOSED, Kind.CONFIRMED, Kind.CONFIRMED);
    }

    @Test
    void onlyAPartyTakesAPartysStep() {
        ExchangeAgreement agreement = propose(new AgreementChange(ALMELO, -10, 0), new AgreementChange(HENGELO, 10, 0));
        assertThatThrownBy(() -> agreement.confirm(ENSCHEDE, "enschede", NOW)).isInstanceOf(ExchangeAgreement.NotAllowed.class);
        assertThatThrownBy(() -> agreement.decline(ENSCHEDE, "nee", "enschede", NOW)).isInstanceOf(ExchangeAgreement.NotAllowed.class);
        assertThatThrownBy(() -> agreement.withdraw(HENGELO, "hengelo", NOW)).isInstanceOf(ExchangeAgreement.NotAllowed.class);
        assertThatThrownBy(() -> agreement.decline(ALMELO, "toch niet", "almelo", NOW)).isInstanceOf(ExchangeAgreement.NotAllowed.class);
    }

    @Test
    void aDeclineEndsTheAgreementEvenAfterConfirming() {
        ExchangeAgreement confirmed = propose(new AgreementChange(ALMELO, -10, 0), new AgreementChange(HENGELO, 10, 0))
                .confirm(HENGELO, "hengelo", NOW);
        ExchangeAgreement declined = confirmed.decline(HENGELO, "raad stemde tegen", "hengelo", NOW);
        assertThat(declined.state()).isEqualTo(AgreementState.DECLINED);
        assertThat(declined.lastStep().reason()).isEqualTo("raad stemde tegen");
        assertThatThrownBy(() -> declined.register(Registrar.rijk(), POSITIONS, "rijk", NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> declined.withdraw(ALMELO, "almelo", NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void theProposerWithdrawsBeforeRegistrationOnly() {
        ExchangeAgreement confirmed = propose(new AgreementChange(ALMELO, -10, 0), new AgreementChange(HENGELO, 10, 0))
                .confirm(HENGELO, "hengelo", NOW);
        assertThat(confirmed.withdraw(ALMELO, "almelo", NOW).state()).isEqualTo(AgreementState.WITHDRAWN);
        ExchangeAgreement registered = confirmed.register(Registrar.province(OVERIJSSEL), POSITIONS, "provincie", NOW);
        assertThatThrownBy(() -> registered.withdraw(ALMELO, "almelo", NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void registeredOnlyOnceEveryPartyConfirmedAndThenOnlyOnce() {
        ExchangeAgreement proposed = propose(new AgreementChange(ALMELO, -10, 0), new AgreementChange(HENGELO, 10, 0));
        assertThatThrownBy(() -> proposed.register(Registrar.rijk(), POSITIONS, "rijk", NOW)).isInstanceOf(ConflictException.class);
        ExchangeAgreement registered = proposed.confirm(HENGELO, "hengelo", NOW).register(Registrar.rijk(), POSITIONS, "rijk", NOW);
        assertThat(registered.state()).isEqualTo(AgreementState.REGISTERED);
        assertThat(registered.registration().actingFor()).isEqualTo(Registrar.RIJK);
        assertThatThrownBy(() -> registered.register(Registrar.rijk(), POSITIONS, "rijk", NOW)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> registered.refuse(Registrar.rijk(), POSITIONS, "nee", "rijk", NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void theProvinceOfThePartiesOrTheRijkRegistersAnAgreementAcrossProvincesOnlyTheRijk() {
        ExchangeAgreement inOverijssel = propose(new AgreementChange(ALMELO, -10, 0), new AgreementChange(HENGELO, 10, 0))
                .confirm(HENGELO, "hengelo", NOW);
        assertThat(inOverijssel.mayBeRegisteredBy(Registrar.province(OVERIJSSEL), POSITIONS)).isTrue();
        assertThat(inOverijssel.mayBeRegisteredBy(Registrar.province("PV20"), POSITIONS)).isFalse();
        assertThat(inOverijssel.mayBeRegisteredBy(Registrar.rijk(), POSITIONS)).isTrue();

        ExchangeAgreement across = propose(new AgreementChange(ALMELO, -10, 0), new AgreementChange(ZWOLLE_PROVINCE_TOWN, 10, 0))
                .confirm(ZWOLLE_PROVINCE_TOWN, "zwolle", NOW);
        assertThatThrownBy(() -> across.register(Registrar.province(OVERIJSSEL), POSITIONS, "provincie", NOW))
                .isInstanceOf(ExchangeAgreement.NotAllowed.class);
        assertThatThrownBy(() -> across.refuse(Registrar.province(OVERIJSSEL), POSITIONS, "nee", "provincie", NOW))
                .isInstanceOf(ExchangeAgreement.NotAllowed.class);
        assertThat(across.register(Registrar.rijk(), POSITIONS, "rijk", NOW).state()).isEqualTo(AgreementState.REGISTERED);
    }

    @Test
    void theCheckIsMadeAgainAtRegistrationOnThePositionsAsTheyAreThen() {
        ExchangeAgreement confirmed = propose(new AgreementChange(ALMELO, -45, 0), new AgreementChange(HENGELO, 45, 0))
                .confirm(HENGELO, "hengelo", NOW);
        // Meanwhile Almelo's quota was lowered to 10: 30 + 10 - 45 = -5.
        Map<String, PartyPosition> now = Map.of(ALMELO, new PartyPosition(ALMELO, OVERIJSSEL, 30, 10, 0, 40), HENGELO, POSITIONS.get(HENGELO));
        assertThatThrownBy(() -> confirmed.register(Registrar.province(OVERIJSSEL), now, "provincie", NOW))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).invalidParams()).extracting(InvalidParam::name)
                        .containsExactly("changes[0].delta"));
        assertThat(confirmed.state()).isEqualTo(AgreementState.CONFIRMED);
    }

    @Test
    void theProvinceOrTheRijkMayRefuseWithAReason() {
        ExchangeAgreement proposed = propose(new AgreementChange(ALMELO, -10, 0), new AgreementChange(HENGELO, 10, 0));
        ExchangeAgreement refused = proposed.refuse(Registrar.province(OVERIJSSEL), POSITIONS, "geen onderbouwing", "provincie", NOW);
        assertThat(refused.state()).isEqualTo(AgreementState.REFUSED);
        assertThat(refused.lastStep()).isEqualTo(new AgreementStep(Kind.REFUSED, OVERIJSSEL, "provincie", NOW, "geen onderbouwing"));
        assertThat(refused.steps()).hasSize(2);
    }

    @Test
    void anAgreementForAHalfYearWhoseDeadlineHasPassedIsRegisteredOnlyWithAnExplicitConfirmation() {
        ExchangeAgreement confirmed = propose(new AgreementChange(ALMELO, -10, 0), new AgreementChange(HENGELO, 10, 0))
                .confirm(HENGELO, "hengelo", NOW);
        Instant afterTheDeadline = Instant.parse("2026-07-01T08:00:00Z");

        assertThatThrownBy(() -> confirmed.register(Registrar.province(OVERIJSSEL), POSITIONS, "provincie", afterTheDeadline))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).invalidParams()).extracting(InvalidParam::name, InvalidParam::reason)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("confirmClosedHalfYear", "2026-H1 closed at its deadline "
                                + "2026-07-01: registering this agreement now changes the verdicts given there, so it must be "
                                + "confirmed explicitly (confirmClosedHalfYear: true)")));

        ExchangeAgreement registered = confirmed.register(Registrar.province(OVERIJSSEL), POSITIONS,
                new ExchangeAgreement.ClosedHalfYearConfirmation("raadsbesluit kwam pas in juli"), "provincie", afterTheDeadline);
        assertThat(registered.state()).isEqualTo(AgreementState.REGISTERED);
        assertThat(registered.registeredLate()).isTrue();
        assertThat(registered.registration().reason()).isEqualTo("registered after 2026-H1 closed at its deadline 2026-07-01, "
                + "confirmed explicitly: raadsbesluit kwam pas in juli");
    }

    @Test
    void anAgreementForAHalfYearStillRunningNeedsNoConfirmationAndItsRegistrationSaysNothingOfIt() {
        ExchangeAgreement registered = propose(new AgreementChange(ALMELO, -10, 0), new AgreementChange(HENGELO, 10, 0))
                .confirm(HENGELO, "hengelo", NOW)
                .register(Registrar.province(OVERIJSSEL), POSITIONS, "provincie", Instant.parse("2026-06-30T21:59:59Z"));
        assertThat(registered.registeredLate()).isFalse();
        assertThat(registered.registration().reason()).isNull();
    }

    @Test
    void withoutTheConfirmationAFailingCheckIsReportedBesideIt() {
        ExchangeAgreement confirmed = propose(new AgreementChange(ALMELO, -45, 0), new AgreementChange(HENGELO, 45, 0))
                .confirm(HENGELO, "hengelo", NOW);
        Map<String, PartyPosition> now = Map.of(ALMELO, new PartyPosition(ALMELO, OVERIJSSEL, 30, 10, 0, 40), HENGELO, POSITIONS.get(HENGELO));
        assertThatThrownBy(() -> confirmed.register(Registrar.province(OVERIJSSEL), now, "provincie", Instant.parse("2027-02-01T10:00:00Z")))
                .satisfies(e -> assertThat(((InvalidInputException) e).invalidParams()).extracting(InvalidParam::name)
                        .containsExactly("confirmClosedHalfYear", "changes[0].delta"));
    }
}
