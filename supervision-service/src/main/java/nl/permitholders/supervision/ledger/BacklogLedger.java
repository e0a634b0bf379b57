package nl.permitholders.supervision.ledger;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.permitholders.platform.period.Period;

/**
 * The backlog of one municipality, carried from half-year to half-year (R4, Raad van State
 * ECLI:NL:RVS:2018:2647): backlog at the end of a half-year = backlog carried in + quota − persons housed in that
 * half-year. Housing more later does not fix an earlier half-year; the backlog simply carries.
 * <p>
 * The chain starts at the half-year of the opening balance (the backlog the municipality had when it joined the
 * system); without one, at the first half-year with a quota or a placement, with nothing carried in. Only the
 * highest version of a quota or opening balance counts, so an adjustment after the fact moves that half-year and
 * every later one. The figures depend only on the set of entries, never on the order they arrived in.
 */
public final class BacklogLedger {

    private final String municipalityCode;
    private final List<LedgerEntry> entries;

    public BacklogLedger(String municipalityCode, List<LedgerEntry> entries) {
        this.municipalityCode = municipalityCode;
        this.entries = List.copyOf(entries);
    }

    /** The position at the end of {@code period}, or on {@code asOf} when given (persons housed after it do not count yet). */
    public PeriodFigures figures(Period period, LocalDate asOf) {
        Optional<LedgerEntry> opening = current(EntryKind.OPENING_BALANCE, null);
        Period start = opening.map(LedgerEntry::period).orElseGet(() -> firstPeriodWithFigures().orElse(period));
        int carried = 0;
        if (!period.isBefore(start)) {
            carried = opening.map(LedgerEntry::persons).orElse(0);
            for (Period p = start; p.isBefore(period); p = p.next()) {
                carried += quota(p) - housed(p, asOf);
            }
        }
        int quota = quota(period);
        int adjusted = carried + quota;
        int housed = housed(period, asOf);
        return new PeriodFigures(municipalityCode, period, asOf, carried, quota, adjusted, housed, adjusted - housed);
    }

    /** The entries that make up the figures of {@code period}: its quota and opening balance versions and its placements. */
    public List<LedgerEntry> entriesOf(Period period) {
        return entries.stream()
                .filter(e -> e.kind() != EntryKind.COUPLED && e.countsIn().equals(period))
                .sorted(Comparator.comparing(LedgerEntry::kind).thenComparing(e -> e.effectiveDate() == null ? LocalDate.MIN : e.effectiveDate()))
                .toList();
    }

    public int quota(Period period) {
        return current(EntryKind.QUOTA, period).map(LedgerEntry::persons).orElse(0);
    }

    public int housed(Period period, LocalDate asOf) {
        return entries.stream()
                .filter(e -> e.kind() == EntryKind.HOUSED && period.contains(e.effectiveDate()))
                .filter(e -> asOf == null || !e.effectiveDate().isAfter(asOf))
                .mapToInt(LedgerEntry::persons)
                .sum();
    }

    private Optional<LedgerEntry> current(EntryKind kind, Period period) {
        return entries.stream()
                .filter(e -> e.kind() == kind && (period == null || period.equals(e.period())))
                .max(Comparator.comparingInt(LedgerEntry::version));
    }

    private Optional<Period> firstPeriodWithFigures() {
        return entries.stream()
                .filter(e -> e.kind() == EntryKind.QUOTA || e.kind() == EntryKind.HOUSED)
                .map(LedgerEntry::countsIn)
                .min(Comparator.naturalOrder());
    }
}
