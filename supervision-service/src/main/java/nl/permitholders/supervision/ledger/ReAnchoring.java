package nl.permitholders.supervision.ledger;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.permitholders.platform.period.Period;

import static nl.permitholders.platform.time.NetherlandsClock.NETHERLANDS;

/**
 * Re-anchoring (docs/domain.md): province staff may adopt COA's position at a deadline as the municipality's position
 * from then on. From that deadline the backlog carried into the half-year that starts there is COA's position, whatever
 * the system's own facts before it add up to; later facts (quotas, exchanges, persons housed) count from there.
 * Half-years before the deadline keep their figures.
 * <p>
 * The chain of a half-year counts from the latest anchor at or before it: the opening balance (or the backlog taken
 * over in a merger) is the first anchor; an adoption at the same half-year takes its place; of two adoptions at one
 * deadline the later decision stands: COA's revision of the amount it carried in, adopted after its end position,
 * takes that one's place, which stays in the ledger.
 * <p>
 * What an adoption changes is judged again (R7): the ladder counts an adopted position at the deadline that opened the
 * chain instead of the opening balance ({@link #openingPosition}), and a fact that arrives after an adoption but is dated
 * before its deadline (a placement registered late) marks the adoption to review ({@link #toReview}): COA's figure may
 * or may not count it already, so neither the system nor province staff can tell without looking.
 */
final class ReAnchoring {

    /**
     * The backlog carried into {@code period}, from which the half-years after it count; {@code adopted} when it is COA's
     * figure province staff adopted there (whatever its value, 0 included), not where the chain starts.
     */
    record Anchor(Period period, int backlog, boolean adopted, boolean carriedIn) {

        /** Where the chain starts: the opening balance, or what a merger carried in. */
        Anchor(Period period, int backlog) {
            this(period, backlog, false, false);
        }

        static Anchor of(LedgerEntry adoption) {
            return new Anchor(adoption.period(), adoption.persons(), true, LedgerEntry.CARRIED_IN_TYPE.equals(adoption.eventType()));
        }
    }

    /**
     * The adoptions that count where {@code first} decides: at each deadline, {@code first}'s where it adopted there,
     * else the other's ({@link Adopter}). Both stay in the ledger; neither replaces the other.
     */
    static List<LedgerEntry> counting(List<LedgerEntry> adoptions, Adopter first) {
        Set<Period> decidedByFirst = adoptions.stream().filter(a -> adopter(a) == first).map(LedgerEntry::period)
                .collect(Collectors.toSet());
        return adoptions.stream().filter(a -> adopter(a) == first || !decidedByFirst.contains(a.period())).toList();
    }

    static Adopter adopter(LedgerEntry adoption) {
        return adoption.details(Details.Decision.class).map(Details.Decision::adoptedBy).orElse(Adopter.PROVINCE);
    }

    /** The kinds of fact that move a half-year's figures, and so the position an adoption replaced. */
    private static final Set<EntryKind> MOVES_THE_POSITION = Set.of(EntryKind.OPENING_BALANCE, EntryKind.QUOTA, EntryKind.EXCHANGE,
            EntryKind.BACKLOG_TRANSFERRED, EntryKind.HOUSED, EntryKind.REVOKED, EntryKind.REUNIFIED);

    /** Of two adoptions, the later decision: by the day decided, then by the moment recorded. */
    private static final Comparator<LedgerEntry> LATER_DECISION = Comparator.comparing(ReAnchoring::decidedOn,
                    Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(LedgerEntry::occurredAt, Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(LedgerEntry::eventId);

    /**
     * The day an adoption was decided: the day given with it, else the day it was recorded (in the Netherlands); null
     * when neither is known.
     */
    static LocalDate decidedOn(LedgerEntry adoption) {
        LocalDate given = adoption.details(Details.Decision.class).map(Details.Decision::decidedOn).orElse(null);
        if (given != null) {
            return given;
        }
        return adoption.occurredAt() == null ? null : adoption.occurredAt().atZoneSameInstant(NETHERLANDS).toLocalDate();
    }

    private ReAnchoring() {
    }

    /**
     * The anchor the figures of {@code period} count from: the latest adoption ({@link EntryKind#ANCHORED}) at or
     * before {@code period} unless {@code start} (where the chain begins, with what it carries in) lies later; none
     * when {@code period} lies before both.
     */
    static Optional<Anchor> countsFrom(Period period, Optional<Anchor> start, List<LedgerEntry> adoptions) {
        Optional<Anchor> adopted = adoptions.stream()
                .filter(a -> a.period().compareTo(period) <= 0)
                .max(Comparator.comparing(LedgerEntry::period).thenComparing(LATER_DECISION))
                .map(Anchor::of);
        Optional<Anchor> opening = start.filter(s -> s.period().compareTo(period) <= 0);
        if (adopted.isPresent() && opening.isPresent()) {
            return adopted.get().period().isBefore(opening.get().period()) ? opening : adopted;
        }
        return adopted.or(() -> opening);
    }

    /**
     * The adoptions that stood on {@code date}: decided by then (the day decided, which for history recorded later lies
     * before the day recorded), of COA's figures published (their reference date) by then. An adoption is the province's
     * decision: as of a date before it, nobody had adopted.
     */
    static List<LedgerEntry> knownOn(List<LedgerEntry> adoptions, LocalDate date) {
        return adoptions.stream().filter(a -> publishedOn(a) == null || !publishedOn(a).isAfter(date))
                .filter(a -> decidedOn(a) == null || !decidedOn(a).isAfter(date))
                .toList();
    }

    /** Whether COA gave the adopted figure otherwise in an import after the adoption: its revision is to be judged. */
    private static boolean revisedByCoa(LedgerEntry adoption) {
        return adoption.details(Details.Decision.class).map(d -> d.revisedAt() != null).orElse(false);
    }

    /** The reference date of the adopted figure of COA; null when not known. */
    private static LocalDate publishedOn(LedgerEntry adoption) {
        return adoption.details(Details.Decision.class).map(Details.Decision::publishedOn).orElse(null);
    }

    /**
     * The position the ladder counts at the deadline that opened the chain ({@code start}): the adoption standing at that
     * half-year, if any, else what the chain starts with.
     */
    static Optional<Anchor> openingPosition(Optional<Anchor> start, List<LedgerEntry> adoptions) {
        return start.map(s -> adoptions.stream().filter(a -> a.period().equals(s.period())).max(LATER_DECISION)
                .map(a -> new Anchor(s.period(), a.persons())).orElse(s));
    }

    /**
     * The adoptions to review (te herbeoordelen): of the adoption standing at each deadline for each of COA's two
     * figures (its end position, the amount it carried in), those after which a fact arrived
     * that counts in a half-year before the deadline, and those whose figure an import of COA's after them gave otherwise
     * (COA revised it). Adopting again at that deadline (or confirming the figure by adopting its line again) is a later
     * decision, after the fact or the revision, and clears the mark.
     *
     * @param halfYearOf the half-year a fact counts in (a revocation in its placement's)
     */
    static Set<UUID> toReview(List<LedgerEntry> adoptions, List<LedgerEntry> facts, Function<LedgerEntry, Period> halfYearOf) {
        // Per deadline and figure: COA's end position adopted there is judged there even where a revision of the amount
        // carried in was adopted after it, so each figure's standing adoption is checked.
        Map<String, LedgerEntry> standing = adoptions.stream().collect(Collectors.toMap(a -> a.period() + " " + a.eventType(),
                Function.identity(), (a, b) -> LATER_DECISION.compare(a, b) >= 0 ? a : b));
        Set<UUID> toReview = new HashSet<>();
        for (LedgerEntry adoption : standing.values()) {
            if (revisedByCoa(adoption)) {
                toReview.add(adoption.eventId());
                continue;
            }
            boolean lateFact = facts.stream().filter(f -> MOVES_THE_POSITION.contains(f.kind()) && f.occurredAt() != null)
                    .filter(f -> f.occurredAt().isAfter(adoption.occurredAt()))
                    .anyMatch(f -> {
                        Period counts = halfYearOf.apply(f);
                        return counts != null && counts.isBefore(adoption.period());
                    });
            if (lateFact) {
                toReview.add(adoption.eventId());
            }
        }
        return toReview;
    }

    /**
     * COA's end position of {@code period} as province staff adopted it at its deadline (the latest decision among the
     * adoptions of {@link AdoptedFigure#END_POSITION} there), if any: what COA published as the position at the end,
     * which need not be its own adjusted quota minus housed.
     */
    static Optional<Integer> endPosition(Period period, List<LedgerEntry> adoptions) {
        return adoptions.stream().filter(a -> a.period().equals(period.next()) && LedgerEntry.ANCHORED_TYPE.equals(a.eventType()))
                .max(LATER_DECISION).map(LedgerEntry::persons);
    }

    /** The adoptions at the deadline {@code period} starts on, in the order decided: the last one stands. */
    static List<LedgerEntry> into(Period period, List<LedgerEntry> adoptions) {
        return adoptions.stream().filter(a -> a.period().equals(period)).sorted(LATER_DECISION).toList();
    }
}
