package nl.permitholders.supervision.ladder;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A province's ladder rules over time (docs/domain.md, ladder rules per province). The rules in force on a date are
 * those that apply from the latest date on or before it; of two sets applying from the same date, the one recorded
 * later (a correction). Before the first, the {@link LadderRules#DEFAULT default rules} apply. Nothing is overwritten.
 */
public final class LadderRuleHistory {

    /** Oldest first: by the date they apply from, then by when recorded. */
    private static final Comparator<LadderRuleSet> ORDER = Comparator.comparing(LadderRuleSet::appliesFrom)
            .thenComparing(LadderRuleSet::recordedAt);

    public static final LadderRuleHistory NONE = new LadderRuleHistory(List.of());

    private final List<LadderRuleSet> sets;

    public LadderRuleHistory(Collection<LadderRuleSet> sets) {
        this.sets = sets.stream().sorted(ORDER).toList();
    }

    /** Every set the province recorded, oldest first, also those that apply from a date still to come. */
    public List<LadderRuleSet> all() {
        return sets;
    }

    /** The set in force on {@code on}; none before the first (the default rules apply then). */
    public Optional<LadderRuleSet> setInForceOn(LocalDate on) {
        LadderRuleSet inForce = null;
        for (LadderRuleSet set : sets) {
            if (!set.appliesFrom().isAfter(on)) {
                inForce = set;
            }
        }
        return Optional.ofNullable(inForce);
    }

    /** The rules in force on {@code on}: the province's, or the default ones. */
    public LadderRules inForceOn(LocalDate on) {
        return setInForceOn(on).map(LadderRuleSet::rules).orElse(LadderRules.DEFAULT);
    }
}
