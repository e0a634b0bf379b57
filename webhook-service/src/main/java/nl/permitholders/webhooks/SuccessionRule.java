package nl.permitholders.webhooks;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import nl.permitholders.platform.security.Succession;
import nl.permitholders.platform.security.Succession.Merger;
import nl.permitholders.platform.security.Succession.Split;

/**
 * R3 for webhooks: subscriptions follow mergers and splits as the reads do ({@link Succession}), judged on the day of
 * the event (its {@code time} in the Netherlands).
 * <ul>
 * <li>A municipality hears of what it may read that day: its own events, from a merger's date those of the
 * municipalities merged into it (their couplings, placements and units, whose events keep naming them), and from a
 * split's date those of the municipality split over it.</li>
 * <li>A municipality that has ceased to exist (merged into another or split over others) hears of nothing from that
 * day: its subscriptions are suspended with a reason naming its successor, and they cannot be resumed; its successor
 * subscribes.</li>
 * <li>A filter's municipality code follows its municipality: from a merger's date a code names the merged municipality
 * and its successor alike (the continuing municipality's events, and those of every municipality merged into it), so a
 * filter naming either keeps hearing of the same area. A split municipality has no one successor: a filter naming it
 * keeps hearing of the events that name it (its couplings until and after COA divides them) and not of its receivers'
 * own; a filter naming a receiver hears of the split municipality's events from the split date, as the receiver reads
 * them.</li>
 * </ul>
 */
public final class SuccessionRule {

    private SuccessionRule() {
    }

    /** Whether municipality {@code owner} may hear, on {@code day}, of an event about {@code municipality}. */
    public static boolean municipalityHears(String owner, String municipality, Succession succession, LocalDate day) {
        if (municipality == null || ceased(owner, succession, day).isPresent()) {
            return false;
        }
        return succession.mayRead(owner, municipality, day);
    }

    /** Whether a filter naming {@code codes} (empty: every municipality) takes, on {@code day}, an event about {@code municipality}. */
    public static boolean filterTakes(Set<String> codes, String municipality, Succession succession, LocalDate day) {
        if (codes.isEmpty()) {
            return true;
        }
        if (municipality == null) {
            return false;
        }
        for (String code : codes) {
            if (code.equals(municipality) || succession.mayRead(succession.responsibleOn(code, day), municipality, day)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Why a subscription of municipality {@code owner} is suspended on {@code day}: the merger or split by which it had
     * ceased to exist, naming its successor; empty while it exists.
     */
    public static Optional<String> ceased(String owner, Succession succession, LocalDate day) {
        Optional<Merger> merger = succession.ceasedBy(owner, day);
        if (merger.isPresent()) {
            String successor = succession.responsibleOn(owner, day);
            return Optional.of(owner + " merged into " + merger.get().continuing() + " on " + merger.get().effectiveDate()
                    + " (R3): " + successor + " answers for its couplings, placements and units from then on, and its "
                    + "subscriptions hear of them; subscribe with a token of " + successor);
        }
        Optional<Split> split = succession.splitBy(owner, day);
        return split.map(s -> owner + " was split over " + String.join(", ", s.receivers()) + " on " + s.effectiveDate()
                + " (R3): each receiver's subscriptions hear of its events from then on; subscribe with a token of a receiver");
    }
}
