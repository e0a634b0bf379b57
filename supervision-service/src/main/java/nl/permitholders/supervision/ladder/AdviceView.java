package nl.permitholders.supervision.ladder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import nl.permitholders.platform.time.NetherlandsClock;
import nl.permitholders.supervision.ladder.InterventionAdvisor.Advice;

/** The advised stage and why: in English, and as a code with what it rests on for those who say it in their own words. */
@Schema(requiredProperties = {"missedInARow", "ruleDeadlines"})
public record AdviceView(
        Stage stage,
        @Schema(description = "Why, in English, e.g. \"not met at the last 4 deadlines in a row; counting the deadline that "
                + "opened the chain, 2024-01-01, behind by the opening balance of 52\"") String reason,
        @Schema(description = "The rule the advice follows; reason says it in English") AdviceReason reasonCode,
        @Schema(description = "The deadlines not met in a row up to the last; 0 when the last was met or excusable or none has passed")
        int missedInARow,
        @Schema(description = "The deadline that opened the chain of a municipality that joined behind, when the advice rests on it; "
                + "absent otherwise") @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate openingDeadline,
        @Schema(description = "The opening balance the municipality was behind by at openingDeadline; absent without it")
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer openingBalance,
        @Schema(description = "The ladder rule that gave the stage, in English, e.g. \"from 4 deadlines missed in a row: "
                + "SUBSTITUTION_ANNOUNCED (the province's rules from 2026-01-01)\"; the province's rules in force on the date "
                + "the ladder stands on (GET /provinces/{code}/ladder-rules), or the default ones") String rule,
        @Schema(description = "The kind of rule: LAST_NOT_MISSED (no stage), BELOW_LOWEST_STEP (fewer missed in a row than "
                + "the lowest step: no stage), MISSED_IN_A_ROW (a step), BACKLOG_GREW") LadderRules.RuleKind ruleCode,
        @Schema(description = "The deadlines the rule speaks of: the step's missed deadlines in a row, the lowest step's for "
                + "BELOW_LOWEST_STEP, the deadlines the backlog grew at for BACKLOG_GREW; 0 for LAST_NOT_MISSED") int ruleDeadlines,
        @Schema(description = "The date from which the province's rules that gave the advice apply; absent for the default rules")
        @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate rulesFrom,
        @Schema(description = "When the province's rules that gave the advice correct earlier rules (set to apply from before "
                + "the day they were recorded): why, who set them and when. Advice for a date before recordedAt was then given "
                + "by the earlier rules: this advice is what the corrected rules say of that date. Absent otherwise")
        @JsonInclude(JsonInclude.Include.NON_NULL) RulesCorrection rulesCorrection) {

    /** Why the rules in force correct earlier ones, who set them and when. */
    public record RulesCorrection(String correction, String setBy, Instant recordedAt,
                                  @Schema(description = "recordedAt's day in the Netherlands") LocalDate recordedOn) {
    }

    /** The advice of the default rules, or of a province's rules that correct nothing. */
    public static AdviceView of(Advice advice) {
        return of(advice, Optional.empty());
    }

    /** The advice given by {@code rules}, the province's set in force (empty: the default rules). */
    public static AdviceView of(Advice advice, Optional<LadderRuleSet> rules) {
        return new AdviceView(advice.stage(), advice.reason(), advice.reasonCode(), advice.missedInARow(),
                advice.openedChain().map(InterventionAdvisor.Deadline::date).orElse(null),
                advice.openedChain().map(InterventionAdvisor.Deadline::backlog).orElse(null),
                advice.rule().inEnglish(), advice.rule().kind(), advice.rule().deadlines(), advice.rule().rulesFrom().orElse(null),
                rules.filter(set -> set.correction() != null)
                        .map(set -> new RulesCorrection(set.correction(), set.setBy(), set.recordedAt(),
                                LocalDate.ofInstant(set.recordedAt(), NetherlandsClock.NETHERLANDS))).orElse(null));
    }
}
