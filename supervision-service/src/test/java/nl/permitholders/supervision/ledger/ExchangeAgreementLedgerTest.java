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
 * R2 and R4: a registered exchange agreement's quota changes count as exchanges of its half-year, and the backlog it
 * transfers counts in the backlog carried into that half-year, and carries on from there.
 */
class ExchangeAgreementLedgerTest {

    private static final String ALMELO = "GM0141";
    private static final Period H2_2025 = Period.parse("2025-H2");
    private static final Period H1_2026 = Period.parse("2026-H1");
    private static final Period H2_2026 = Period.parse("2026-H2");
    private static final UUID AGREEMENT = UUID.randomUUID();
    private static final OffsetDateTime REGISTERED = OffsetDateTime.of(2026, 2, 1, 10, 0, 0, 0, ZoneOffset.UTC);

    /** Almelo carries 30 into 2026-H1 (quota 50 in 2025-H2, 20 housed), quota 20 in 2026-H1 and 25 in 2026-H2. */
    private static List<LedgerEntry> almelo() {
        List<LedgerEntry> entries = new ArrayList<>();
        entries.add(Entries.quota(UUID.randomUUID(), "t", ALMELO, H2_2025, 50, 1));
        entries.add(Entries.quota(UUID.randomUUID(), "t", ALMELO, H1_2026, 20, 1));
        entries.add(Entries.quota(UUID.randomUUID(), "t", ALMELO, H2_2026, 25, 1));
        entries.add(Entries.housed(UUID.randomUUID(), "t", ALMELO, LocalDate.of(2025, 9, 1), 20, "p1"));
        return entries;
    }

    /** Almelo hands over 35 quota and 10 backlog in 2026-H1. */
    private static BacklogLedger withAgreement() {
        List<LedgerEntry> entries = almelo();
        entries.add(LedgerEntry.agreed(EntryKind.EXCHANGE, AGREEMENT, ALMELO, H1_2026, -35, "afspraak Twente", "provincie", REGISTERED));
        entries.add(LedgerEntry.agreed(EntryKind.BACKLOG_TRANSFERRED, AGREEMENT, ALMELO, H1_2026, -10, "afspraak Twente", "provincie",
                REGISTERED));
        return new BacklogLedger(ALMELO, entries);
    }

    @Test
    void theQuotaHandedOverIsAnExchangeAndTheBacklogHandedOverLeavesTheBacklogCarriedIn() {
        PeriodFigures without = new BacklogLedger(ALMELO, almelo()).figures(H1_2026, null);
        assertThat(without.carriedBacklog()).isEqualTo(30);
        assertThat(without.adjustedQuota()).isEqualTo(50);

        PeriodFigures with = withAgreement().figures(H1_2026, null);
        assertThat(with.carriedBacklog()).isEqualTo(20);
        assertThat(with.exchanges()).isEqualTo(-35);
        assertThat(with.adjustedQuota()).isEqualTo(20 + 20 - 35);
        assertThat(with.backlog()).isEqualTo(5);
    }

    @Test
    void theTransferCarriesOnIntoLaterHalfYearsAndLeavesEarlierOnesAlone() {
        assertThat(withAgreement().figures(H2_2025, null).backlog()).isEqualTo(30);
        assertThat(withAgreement().figures(H2_2026, null).carriedBacklog()).isEqualTo(5);
    }

    @Test
    void theExplanationOfTheHalfYearShowsBothChangesNamingTheAgreement() {
        List<LedgerEntry> explained = withAgreement().entriesOf(H1_2026).stream()
                .filter(e -> LedgerEntry.AGREEMENT_TYPE.equals(e.eventType())).toList();
        assertThat(explained).extracting(LedgerEntry::kind, LedgerEntry::persons, LedgerEntry::reference,
                        e -> e.details(Details.Decision.class).orElseThrow().reason())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(EntryKind.EXCHANGE, -35, AGREEMENT.toString(), "afspraak Twente"),
                        org.assertj.core.groups.Tuple.tuple(EntryKind.BACKLOG_TRANSFERRED, -10, AGREEMENT.toString(), "afspraak Twente"));
        assertThat(withAgreement().entriesOf(H2_2026)).noneMatch(e -> LedgerEntry.AGREEMENT_TYPE.equals(e.eventType()));
    }

    @Test
    void backlogTakenOverStartsTheChainOfAMunicipalityWithoutFiguresBefore() {
        BacklogLedger taker = new BacklogLedger("GM0164", List.of(
                LedgerEntry.agreed(EntryKind.BACKLOG_TRANSFERRED, AGREEMENT, "GM0164", H1_2026, 10, "afspraak", "provincie", REGISTERED)));
        assertThat(taker.start()).contains(H1_2026);
        assertThat(taker.figures(H1_2026, null).carriedBacklog()).isEqualTo(10);
        assertThat(taker.figures(H2_2026, null).carriedBacklog()).isEqualTo(10);
    }
}
