package nl.permitholders.supervision.ladder;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.permitholders.supervision.decision.DecisionHistory;

/**
 * A province's ladder rules over time (docs/domain.md, ladder rules per province). The rules in force on a date are
 * those that apply from the latest date on or before it; of two sets applying from the same date, the one recorded
 * later (a correction). Before the first, the {@link LadderRules#DEFAULT default rules} apply. Nothing is overwritten.
 */
public final class LadderRuleHistory {

    public static final LadderRuleHistory NONE = new LadderRuleHistory(List.of());

    private final DecisionHistory<LadderRuleSet> sets;

    public LadderRuleHistory(Collection<LadderRuleSet> sets) {
        this.sets = new DecisionHistory<>(sets);
    }

    /** Every set the province recorded, oldest first (by the date they apply from, then by when recorded), also those that apply from a date still to come. */
    public List<LadderRuleSet> all() {
        return sets.all();
    }

    /** The set in force on {@code on}; none before the first (the default rules apply then). */
    public Optional<LadderRuleSet> setInForceOn(LocalDate on) {
        return sets.inForceOn(on);
    }

    /** The rules in force on {@code on}: the province's, or the default ones. */
    public LadderRules inForceOn(LocalDate on) {
        return setInForceOn(on).map(LadderRuleSet::rules).orElse(LadderRules.DEFAULT);
    }
}
