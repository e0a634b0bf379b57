package nl.permitholders.supervision.ladder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.permitholders.supervision.decision.DecisionHistory;

/**
 * Ladder rules a province set: from which date they apply (in {@code rules}), who set them and when they were recorded,
 * and, for rules applying from before the day they were set, why they correct the earlier rules ({@code correction};
 * null otherwise). Never changed, only followed by another.
 */
public record LadderRuleSet(UUID id, String provinceCode, LadderRules rules, String setBy, Instant recordedAt, String correction)
        implements DecisionHistory.Dated {

    public LadderRuleSet {
        if (rules.appliesFrom().isEmpty()) {
            throw new IllegalArgumentException("a province's ladder rules apply from a date");
        }
    }

    /** Rules that correct nothing. */
    public LadderRuleSet(UUID id, String provinceCode, LadderRules rules, String setBy, Instant recordedAt) {
        this(id, provinceCode, rules, setBy, recordedAt, null);
    }

    public LocalDate appliesFrom() {
        return rules.appliesFrom().get();
    }

    @Override
    public LocalDate inForceFrom() {
        return appliesFrom();
    }
}
