package nl.permitholders.supervision.ledger;

import java.util.List;
import java.util.Optional;
import nl.permitholders.platform.period.Period;

/**
 * R2 after the registration: the adjusted-quota check holds an exchange at its proposal and registration, but a later
 * fact (a provisional quota fixed lower, a quota lowered, persons housed late in an earlier half-year, another
 * exchange) can still take a party below zero. An exchange of a half-year no longer holds for a municipality that
 * handed over quota or backlog in it when, on the facts as they are now, its adjusted quota of that half-year (carried
 * backlog + quota ± exchanges) is below zero. The figures keep counting the facts; the breach is shown beside them, to
 * the province and the Rijk, until the parties or the Rijk correct it. Exchanges recorded in one step by the Rijk
 * (quota-service) are held to the same rule as registered agreements.
 */
public final class ExchangeValidity {

    /**
     * A municipality for whom the exchanges it handed over in during {@code period} no longer hold: its figures of the
     * half-year and the exchanges ({@code handedOverIn}: agreement or exchange ids) in which it handed over.
     */
    public record Breach(String municipalityCode, Period period, int carriedBacklog, int quota, QuotaStatus quotaStatus,
                         int exchanges, int adjustedQuota, List<String> handedOverIn) {

        /** What a reader is told, with the numbers. */
        public String explanation() {
            return "the adjusted quota of " + municipalityCode + " for " + period + " is " + adjustedQuota + ": carried backlog "
                    + carriedBacklog + " + " + (quotaStatus == QuotaStatus.PROVISIONAL ? "provisional " : "") + "quota " + quota
                    + " " + (exchanges < 0 ? "- " + -exchanges : "+ " + exchanges) + " exchanged; it may not go below 0, so the "
                    + "exchanges it handed over in no longer hold as registered";
        }
    }

    private ExchangeValidity() {
    }

    /** The breach in {@code ledger}'s half-year {@code period}, if its exchanges no longer hold there. */
    public static Optional<Breach> of(BacklogLedger ledger, Period period) {
        PeriodFigures figures = ledger.figures(period, null);
        if (figures.adjustedQuota() >= 0) {
            return Optional.empty();
        }
        List<String> handedOverIn = ledger.entries().stream()
                .filter(e -> (e.kind() == EntryKind.EXCHANGE || e.kind() == EntryKind.BACKLOG_TRANSFERRED)
                        && period.equals(e.period()) && e.persons() < 0)
                .map(LedgerEntry::reference).distinct().sorted().toList();
        if (handedOverIn.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Breach(ledger.municipalityCode(), period, figures.carriedBacklog(), figures.quota(),
                figures.quotaStatus(), figures.exchanges(), figures.adjustedQuota(), handedOverIn));
    }
}
