package nl.permitholders.supervision.ladder;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.permitholders.supervision.verdict.Verdict;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A set of rules: the default ones (no id, appliesFrom, setBy or recordedAt) or a province's. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = {"countedAsMissed", "steps", "backlogGrowthEscalates"})
public record RulesView(
        @Schema(description = "Absent for the default rules") UUID id,
        @Schema(description = "The date from which the province's rules apply; absent for the default rules") LocalDate appliesFrom,
        List<Verdict> countedAsMissed, List<LadderStepView> steps, boolean backlogGrowthEscalates,
        @Schema(description = "Who set them: the caller the token named") String setBy,
        Instant recordedAt,
        @Schema(description = "Why these rules correct the earlier ones, for rules set to apply from before the day they were "
                + "recorded; absent otherwise") String correction) {

    static RulesView of(LadderRules rules) {
        return new RulesView(null, null, counted(rules), steps(rules), rules.backlogGrowthEscalates(), null, null, null);
    }

    static RulesView of(LadderRuleSet set) {
        LadderRules rules = set.rules();
        return new RulesView(set.id(), set.appliesFrom(), counted(rules), steps(rules), rules.backlogGrowthEscalates(),
                set.setBy(), set.recordedAt(), set.correction());
    }

    private static List<Verdict> counted(LadderRules rules) {
        return rules.countedAsMissed().stream().sorted().toList();
    }

    private static List<LadderStepView> steps(LadderRules rules) {
        return rules.steps().stream().map(LadderStepView::of).toList();
    }
}
