package nl.permitholders.dashboard.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A municipality's intervention ladder as supervision's getLadder gives it: the stage, the advice, every decision. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Ladder(Stage currentStage, LocalDate currentSince, Advice advice, List<Decision> decisions) {

    /** The advised stage with why, as a code and what it rests on, so that the page says it in Dutch. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Advice(Stage stage, ReasonCode reasonCode, int missedInARow, LocalDate openingDeadline, Integer openingBalance,
                         RuleKind ruleCode, int ruleDeadlines, LocalDate rulesFrom, RulesCorrection rulesCorrection) {
    }

    /** Why the province's rules in force correct earlier ones, who set them and when. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RulesCorrection(String correction, String setBy, Instant recordedAt, LocalDate recordedOn) {
    }

    /** A decision on the ladder; te herbeoordelen when a verdict it rests on was judged again since. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Decision(Stage stage, LocalDate decidedOn, String reason, String decidedBy, boolean toReview) {
    }

    public enum ReasonCode {
        NO_DEADLINE_PASSED, LAST_DEADLINE_MET, LAST_SHORTFALL_EXCUSABLE, LAST_SHORTFALL_JUDGED_EXCUSABLE, BACKLOG_GREW_AT_LAST_FOUR,
        NOT_MET_AT_LAST, NOT_MET_AT_LAST_TWO, NOT_MET_AT_LAST_THREE_OR_MORE
    }

    public enum RuleKind {
        LAST_NOT_MISSED, BELOW_LOWEST_STEP, MISSED_IN_A_ROW, BACKLOG_GREW
    }
}
