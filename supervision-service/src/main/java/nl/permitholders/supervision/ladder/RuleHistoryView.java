package nl.permitholders.supervision.ladder;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** @param asOf the date asked for, if any */
@Schema(requiredProperties = {"provinceCode", "defaultRules", "history"})
public record RuleHistoryView(
        String provinceCode,
        @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate asOf,
        @Schema(description = "The rules in force on asOf (or today): the province's, or the default ones when it set none by then")
        RulesView inForce,
        @Schema(description = "Whether inForce are the default rules") boolean defaultRules,
        @Schema(description = "Every set of rules the province recorded, by appliesFrom then recordedAt, also those that "
                + "apply from a date still to come") List<RulesView> history) {
}
