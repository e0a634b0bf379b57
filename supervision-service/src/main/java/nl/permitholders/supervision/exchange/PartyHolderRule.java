package nl.permitholders.supervision.exchange;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.permitholders.platform.security.Succession;
import nl.permitholders.platform.period.Period;

/**
 * R2 with R3: the continuing municipality takes over the exchange agreements of the municipalities merged into it. The
 * half-year a merger takes effect in, and every later one, belongs wholly to the continuing municipality, so a merged
 * party's part of an agreement for such a half-year is held by it: its figures of the half-year count the part, the
 * check at registration is made on them, and a flag that the agreement no longer holds is computed on them. An
 * agreement for an earlier half-year stays on the merged municipality's own figures, whose end position the continuing
 * one carries in. From the half-year the merger takes effect in, the continuing municipality acts for the merged party
 * on every agreement still open (confirms, declines, withdraws what it proposed), and the merged municipality's staff
 * act no more. Mergers chain ({@link Succession}).
 * <p>
 * Agreements are about half-years, so the rule answers by the half-year a merger takes effect in, whatever its date.
 */
public final class PartyHolderRule {

    /** {@code merged} merged into {@code continuing} in the half-year {@code effective}. */
    public record Merger(String merged, String continuing, Period effective) {
    }

    /** {@code split} split over {@code receivers} in the half-year {@code effective} (R3, CBS's opsplitsing). */
    public record Split(String split, List<String> receivers, Period effective) {
        public Split {
            receivers = List.copyOf(receivers);
        }
    }

    private final Map<String, Merger> byMerged;
    private final Map<String, Split> bySplit;
    private final Succession succession;

    private PartyHolderRule(Collection<Merger> mergers, Collection<Split> splits) {
        this.byMerged = mergers.stream().collect(Collectors.toUnmodifiableMap(Merger::merged, Function.identity()));
        this.bySplit = splits.stream().collect(Collectors.toUnmodifiableMap(Split::split, Function.identity()));
        this.succession = Succession.of(mergers.stream()
                .map(m -> new Succession.Merger(m.merged(), m.continuing(), m.effective().firstDay())).toList());
    }

    public static PartyHolderRule of(Collection<Merger> mergers) {
        return new PartyHolderRule(List.copyOf(mergers), List.of());
    }

    public static PartyHolderRule of(Collection<Merger> mergers, Collection<Split> splits) {
        return new PartyHolderRule(List.copyOf(mergers), List.copyOf(splits));
    }

    public static PartyHolderRule none() {
        return new PartyHolderRule(List.of(), List.of());
    }

    /** The municipality whose figures of {@code period} hold {@code party}'s part: itself, or the one it merged into by then. */
    public String holderOf(String party, Period period) {
        return succession.responsibleOn(party, period.lastDay());
    }

    /**
     * The municipality that acts for {@code party} on an agreement for {@code period} on {@code today}: the one that holds
     * the half-year, or the one that answers for the party today if it merged since.
     */
    public String actingFor(String party, Period period, LocalDate today) {
        LocalDate later = today.isAfter(period.lastDay()) ? today : period.lastDay();
        return succession.responsibleOn(party, later);
    }

    /** The municipality that continues {@code party} in the end, by a chain of mergers; itself if it never merged. */
    public String lastOf(String party) {
        return succession.responsibleOn(party, LocalDate.MAX);
    }

    /**
     * Why {@code party} cannot be named in a new agreement for {@code period}: it merged into another by then, which
     * holds its part and is to be named instead, or it was split over others by then, whose half-year it is by their
     * shares (R3): one of them is to be named. Empty when it holds its own half-year.
     */
    public Optional<String> refusal(String party, Period period) {
        Split split = bySplit.get(party);
        if (split != null && !period.isBefore(split.effective())) {
            return Optional.of(party + " was split over " + String.join(", ", split.receivers()) + " in " + split.effective() + " and "
                    + period + " is theirs by their shares (R3): name one of them instead");
        }
        String holder = holderOf(party, period);
        if (holder.equals(party)) {
            return Optional.empty();
        }
        Merger merger = byMerged.get(party);
        return Optional.of(party + " merged into " + merger.continuing() + " in " + merger.effective() + " and " + period + " is "
                + holder + "'s (R3): name " + holder + " instead");
    }

    /** How a party is shown when another holds its part: "GM0457 (now part of GM0363)". */
    public String shown(String party, Period period) {
        String holder = holderOf(party, period);
        return holder.equals(party) ? party : party + " (now part of " + holder + ")";
    }
}
