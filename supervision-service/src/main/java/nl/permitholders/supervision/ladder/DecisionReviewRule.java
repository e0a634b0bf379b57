package nl.permitholders.supervision.ladder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.permitholders.supervision.ladder.InterventionAdvisor.Deadline;
import nl.permitholders.supervision.verdict.Verdict;

/**
 * A decision of the province's on the ladder rests on the deadlines passed when it was taken: the verdicts there, the
 * backlogs whose growth the ladder weighs, and the deadline that opened the chain of a municipality that joined behind.
 * When a later fact or an adoption of COA's figure changed what it rested on, the decision is to be reviewed (te
 * herbeoordelen): it stays as decided, and the province decides whether it still holds. What it rested on changed when
 * a verdict at one of those deadlines is now another; the deadline that opened the chain is gone or judged otherwise
 * (COA's lead adopted there, say); or the backlogs there now give the ladder's rules another advice (growth at each of the
 * last deadlines no longer holding, or holding now).
 */
public final class DecisionReviewRule {

    /** A verdict the system recorded at a deadline, with the backlog judged there, and when. */
    public record Judged(Verdict verdict, int backlog, Instant recordedAt) {
    }

    private DecisionReviewRule() {
    }

    /**
     * Whether a decision taken on {@code decidedOn} and recorded at {@code recordedAt} is to review.
     *
     * @param verdicts   every verdict recorded per deadline
     * @param openedThen the deadline that opened the chain as the ladder counted it when the decision was recorded, if any
     * @param openedNow  that deadline as the ladder counts it now, if any
     * @param rules      the province's ladder rules in force on {@code decidedOn}
     */
    public static boolean toReview(LocalDate decidedOn, Instant recordedAt, Map<LocalDate, List<Judged>> verdicts,
                                   Optional<Deadline> openedThen, Optional<Deadline> openedNow, LadderRules rules) {
        List<Deadline> then = new ArrayList<>();
        List<Deadline> now = new ArrayList<>();
        Optional<Deadline> opened = openedThen.filter(d -> !d.date().isAfter(decidedOn));
        if (opened.isPresent()) {
            Optional<Deadline> stillThere = openedNow.filter(n -> n.date().equals(opened.get().date()));
            if (stillThere.isEmpty() || stillThere.get().verdict() != opened.get().verdict()) {
                return true;
            }
            then.add(opened.get());
            now.add(stillThere.get());
        }
        for (Map.Entry<LocalDate, List<Judged>> deadline : new TreeMap<>(verdicts).entrySet()) {
            if (deadline.getKey().isAfter(decidedOn)) {
                continue;
            }
            List<Judged> recorded = deadline.getValue().stream().sorted(Comparator.comparing(Judged::recordedAt)).toList();
            Optional<Judged> atDecision = recorded.stream().filter(j -> !j.recordedAt().isAfter(recordedAt)).reduce((a, b) -> b);
            if (atDecision.isEmpty()) {
                continue;
            }
            Judged latest = recorded.get(recorded.size() - 1);
            if (latest.verdict() != atDecision.get().verdict()) {
                return true;
            }
            then.add(new Deadline(deadline.getKey(), atDecision.get().verdict(), atDecision.get().backlog(), false));
            now.add(new Deadline(deadline.getKey(), latest.verdict(), latest.backlog(), false));
        }
        return InterventionAdvisor.advise(then, rules).stage() != InterventionAdvisor.advise(now, rules).stage();
    }

    /** As above, for a municipality whose chain no deadline opened behind, by the default rules. */
    public static boolean toReview(LocalDate decidedOn, Instant recordedAt, Map<LocalDate, List<Judged>> verdicts) {
        return toReview(decidedOn, recordedAt, verdicts, Optional.empty(), Optional.empty(), LadderRules.DEFAULT);
    }
}
