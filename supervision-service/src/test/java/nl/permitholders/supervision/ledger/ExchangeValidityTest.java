package nl.permitholders.supervision.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.permitholders.platform.period.Period;
import org.junit.jupiter.api.Test;

/**
 * R2 after the registration: an exchange no longer holds for a municipality that handed over in it once a later fact
 * leaves that municipality's adjusted quota of the half-year below zero (docs/domain.md).
 */
class ExchangeValidityTest {

    private static final String A = "GM0141";
    private static final Period H1_2027 = Period.parse("2027-H1");
    private static final Period H2_2026 = Period.parse("2026-H2");
    private static final UUID AGREEMENT = UUID.fromString("00000000-0000-0000-0000-00000000a001");
    private static final OffsetDateTime REGISTERED = OffsetDateTime.of(2026, 12, 1, 10, 0, 0, 0, ZoneOffset.UTC);

    private static LedgerEntry quota(int persons, int version, QuotaStatus status) {
        return Entries.quota(UUID.randomUUID(), "quota-set", A, H1_2027, persons, version, status, null);
    }

    private static LedgerEntry handedOver(int persons) {
        return LedgerEntry.agreed(EntryKind.EXCHANGE, AGREEMENT, A, H1_2027, -persons, "afspraak", "provincie", REGISTERED);
    }

    private static BacklogLedger ledger(LedgerEntry... entries) {
        return new BacklogLedger(A, List.of(entries));
    }

    @Test
    void anExchangeRegisteredWithinTheRuleHolds() {
        assertThat(ExchangeValidity.of(ledger(quota(20, 1, QuotaStatus.PROVISIONAL), handedOver(20)), H1_2027)).isEmpty();
    }

    @Test
    void aProvisionalQuotaFixedLowerAfterwardsLeavesTheMunicipalityThatHandedItOverBelowZero() {
        // A hands over its provisional 20; the Rijk fixes A's quota at 5: A would carry a lead of 15 with nobody housed.
        BacklogLedger fixedLower = ledger(quota(20, 1, QuotaStatus.PROVISIONAL), handedOver(20), quota(5, 2, QuotaStatus.FINAL));

        ExchangeValidity.Breach breach = ExchangeValidity.of(fixedLower, H1_2027).orElseThrow();

        assertThat(breach.adjustedQuota()).isEqualTo(-15);
        assertThat(breach.handedOverIn()).containsExactly(AGREEMENT.toString());
        assertThat(breach.explanation()).isEqualTo("the adjusted quota of GM0141 for 2027-H1 is -15: carried backlog 0 + quota 5 "
                + "- 20 exchanged; it may not go below 0, so the exchanges it handed over in no longer hold as registered");
        assertThat(fixedLower.figures(H1_2027, null).adjustedQuota()).as("the figures still count the facts").isEqualTo(-15);
    }

    @Test
    void aQuotaStillProvisionalIsNamedAsSuch() {
        BacklogLedger lowered = ledger(quota(20, 1, QuotaStatus.PROVISIONAL), handedOver(20), quota(12, 2, QuotaStatus.PROVISIONAL));

        assertThat(ExchangeValidity.of(lowered, H1_2027).orElseThrow().explanation()).contains("+ provisional quota 12 - 20 exchanged");
    }

    @Test
    void backlogHandedOverThatPersonsHousedLateInAnEarlierHalfYearNoLongerCoverIsABreachToo() {
        // A carried 10 out of 2026-H2 and handed all 10 over; a placement of 4 dated in 2026-H2, registered late, leaves 6.
        List<LedgerEntry> entries = new ArrayList<>();
        entries.add(Entries.quota(UUID.randomUUID(), "quota-set", A, H2_2026, 10, 1));
        entries.add(LedgerEntry.agreed(EntryKind.BACKLOG_TRANSFERRED, AGREEMENT, A, H1_2027, -10, "afspraak", "provincie", REGISTERED));
        entries.add(Entries.housed(UUID.randomUUID(), "placement-recorded", A, LocalDate.of(2026, 11, 2), 4, "late"));

        ExchangeValidity.Breach breach = ExchangeValidity.of(new BacklogLedger(A, entries), H1_2027).orElseThrow();

        assertThat(breach.carriedBacklog()).isEqualTo(-4);
        assertThat(breach.adjustedQuota()).isEqualTo(-4);
    }

    @Test
    void anExchangeTheRijkRecordedInOneStepIsHeldToTheSameRule() {
        LedgerEntry oneStep = Entries.exchange(UUID.randomUUID(), "nl.permitholders.quota.quota-exchanged.v1", A, H1_2027, -15,
                "one-step");

        assertThat(ExchangeValidity.of(ledger(quota(20, 1, QuotaStatus.FINAL), handedOver(10), oneStep), H1_2027).orElseThrow()
                .handedOverIn()).containsExactly(AGREEMENT.toString(), "one-step");
    }

    @Test
    void aMunicipalityThatOnlyTookOverIsNotInBreachOfAnExchange() {
        // A lead carried in leaves the adjusted quota below zero, but A handed nothing over: no exchange is at fault.
        BacklogLedger aheadAndTakingOver = ledger(
                Entries.openingBalance(UUID.randomUUID(), "opening-balance-set", A, H1_2027, -30, 1),
                quota(20, 1, QuotaStatus.FINAL),
                LedgerEntry.agreed(EntryKind.EXCHANGE, AGREEMENT, A, H1_2027, 5, "afspraak", "provincie", REGISTERED));

        assertThat(aheadAndTakingOver.figures(H1_2027, null).adjustedQuota()).isEqualTo(-5);
        assertThat(ExchangeValidity.of(aheadAndTakingOver, H1_2027)).isEmpty();
    }

    @Test
    void aRegisteredExchangeKeepsItsFlagOnTheContinuingMunicipalityOnceTheMunicipalityThatHandedOverMerged() {
        // A handed over its provisional 20 of 2027-H1, then merged into B in 2027-H1: the half-year is B's (R3), and the
        // Rijk fixes B's quota, its parts' together, at 5: 0 + 5 - 20 = -15.
        String b = "GM0164";
        BacklogLedger merged = ledger(quota(20, 1, QuotaStatus.PROVISIONAL), handedOver(20));
        BacklogLedger continuing = MergerTakeOver.continuing(b, List.of(
                Entries.quota(UUID.randomUUID(), "quota-set", b, H1_2027, 5, 1, QuotaStatus.FINAL, null)),
                java.util.Map.of(H1_2027.firstDay(), List.of(merged)));

        ExchangeValidity.Breach breach = ExchangeValidity.of(continuing, H1_2027).orElseThrow();

        assertThat(breach.municipalityCode()).isEqualTo(b);
        assertThat(breach.adjustedQuota()).isEqualTo(-15);
        assertThat(breach.handedOverIn()).containsExactly(AGREEMENT.toString());
    }
}
