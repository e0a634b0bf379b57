package nl.permitholders.supervision.ladder;

import java.util.Optional;
import nl.permitholders.supervision.ladder.InterventionAdvisor.Deadline;

/**
 * Which rule of the intervention ladder an advice follows (docs/domain.md, the intervention ladder), with the English
 * the API gives as its reason. The dashboard says them in Dutch (dashboard/Labels).
 */
public enum AdviceReason {
    NO_DEADLINE_PASSED("no deadline has passed yet"),
    LAST_DEADLINE_MET("the last deadline was met"),
    LAST_SHORTFALL_EXCUSABLE("the shortfall at the last deadline is excusable: COA coupled too few persons"),
    LAST_SHORTFALL_JUDGED_EXCUSABLE("the province judged the shortfall at the last deadline excusable"),
    BACKLOG_GREW_AT_LAST_FOUR("the backlog grew at each of the last four deadlines"),
    NOT_MET_AT_LAST("not met at the last deadline"),
    NOT_MET_AT_LAST_TWO("not met at the last two deadlines in a row"),
    NOT_MET_AT_LAST_THREE_OR_MORE("not met at the last %d deadlines in a row");

    private final String english;

    AdviceReason(String english) {
        this.english = english;
    }

    /**
     * "not met at the last 4 deadlines in a row; counting the deadline that opened the chain, 2024-01-01, behind by the
     * opening balance of 52".
     */
    public String inEnglish(int missedInARow, Optional<Deadline> openedChain) {
        return english.formatted(missedInARow) + openedChain
                .map(o -> "; counting the deadline that opened the chain, %s, behind by the opening balance of %d".formatted(o.date(), o.backlog()))
                .orElse("");
    }
}
