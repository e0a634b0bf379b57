package nl.permitholders.quota.succession;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.permitholders.platform.distribution.Reorganisations;
import nl.permitholders.platform.security.Succession;
import nl.permitholders.platform.period.Period;

/**
 * R3: the half-year in which a merger takes effect, and every later one, belongs wholly to the continuing municipality,
 * so the quota of such a half-year is counted once, as the continuing municipality's. A municipality merged into another
 * takes no quota from the half-year its merger takes effect in; a municipality a merger formed takes none before that
 * half-year (those are its parts'). The quota of a half-year is held by the municipality that answers, on the
 * half-year's last day, for what was the municipality's ({@link Succession}, as {@link Reorganisations#holderOf}, which R1
 * shares): mergers chain. A municipality split over
 * others takes no quota from the half-year its split takes effect in: its quota there is divided over them by their
 * shares (merger.SplitQuotaStore).
 */
public final class QuotaHolderRule {

    private final List<RecordedMerger> mergers;
    private final List<RecordedSplit> splits;
    private final Reorganisations reorganisations;

    private QuotaHolderRule(List<RecordedMerger> mergers, List<RecordedSplit> splits) {
        this.mergers = List.copyOf(mergers);
        this.splits = List.copyOf(splits);
        this.reorganisations = new Reorganisations(mergers.stream().map(RecordedMerger::forDistribution).toList(),
                splits.stream().map(RecordedSplit::forDistribution).toList());
    }

    public static QuotaHolderRule of(Collection<RecordedMerger> mergers) {
        return new QuotaHolderRule(List.copyOf(mergers), List.of());
    }

    public static QuotaHolderRule of(Collection<RecordedMerger> mergers, Collection<RecordedSplit> splits) {
        return new QuotaHolderRule(List.copyOf(mergers), List.copyOf(splits));
    }

    /** The mergers and splits as R1 reads them ({@code NationalDistribution}), which answers who holds a quota. */
    public Reorganisations reorganisations() {
        return reorganisations;
    }

    /** The municipality that holds {@code code}'s quota of {@code period}: itself, or the one it merged into by the half-year's end. */
    public String holderOf(String code, Period period) {
        return reorganisations.holderOf(code, period);
    }

    /** Whether {@code code} continues a merger that takes effect in {@code period}: its quota there is the sum of its parts'. */
    public boolean continuesAMergerIn(String code, Period period) {
        return reorganisations.continuesAMergerIn(code, period);
    }

    /** Why {@code code} takes no quota of {@code period}, naming who does; empty when it takes one. */
    public Optional<String> refusal(String code, Period period) {
        Optional<RecordedSplit> split = splits.stream().filter(s -> s.split().equals(code)).findFirst();
        if (split.isPresent() && !split.get().effectiveDate().isAfter(period.lastDay())) {
            return Optional.of(code + " was split over " + String.join(", ", split.get().shares().keySet()) + " on "
                    + split.get().effectiveDate() + " and takes no quota from " + split.get().effectivePeriod()
                    + " on: its quota of " + period + " is theirs, divided by their shares (R3)");
        }
        Optional<RecordedMerger> mergedInto = mergers.stream().filter(m -> m.merged().contains(code)).findFirst();
        if (mergedInto.isPresent() && !mergedInto.get().effectiveDate().isAfter(period.lastDay())) {
            RecordedMerger merger = mergedInto.get();
            String holder = holderOf(code, period);
            return Optional.of(code + " merged into " + merger.continuing() + " on " + merger.effectiveDate() + " and takes no quota from "
                    + merger.effectivePeriod() + " on: the quota of " + period + " is " + holder + "'s"
                    + (holder.equals(merger.continuing()) ? "" : " (" + merger.continuing() + " merged into it in turn)")
                    + ", the sum of its parts (R3)");
        }
        return mergers.stream()
                .filter(m -> !m.absorption() && m.continuing().equals(code) && period.isBefore(m.effectivePeriod()))
                .findFirst()
                .map(formed -> code + " was formed on " + formed.effectiveDate() + " from " + String.join(", ", formed.merged())
                        + " and takes a quota from " + formed.effectivePeriod() + " on: the quota of " + period + " is theirs (R3)");
    }
}
