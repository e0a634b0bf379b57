package nl.permitholders.supervision.ladder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.permitholders.supervision.verdict.Verdict;

/**
 * A decision of the province's on the ladder rests on the verdicts at the deadlines passed when it was taken. When a
 * later fact or an adoption of COA's figure judged one of those deadlines again, to another verdict, the decision is to
 * be reviewed (te herbeoordelen): it stays as decided, and the province decides whether it still holds.
 */
public final class DecisionReviewRule {

    /** A verdict the system recorded at a deadline, and when. */
    public record Judged(Verdict verdict, Instant recordedAt) {
    }

    private DecisionReviewRule() {
    }

    /**
     * Whether a decision taken on {@code decidedOn} and recorded at {@code recordedAt} is to review, given every verdict
     * recorded per deadline: at a deadline on or before {@code decidedOn}, the verdict that stands now differs from the
     * one that stood when the decision was recorded.
     */
    public static boolean toReview(LocalDate decidedOn, Instant recordedAt, Map<LocalDate, List<Judged>> verdicts) {
        return verdicts.entrySet().stream().filter(deadline -> !deadline.getKey().isAfter(decidedOn)).anyMatch(deadline -> {
            List<Judged> recorded = deadline.getValue().stream().sorted(Comparator.comparing(Judged::recordedAt)).toList();
            Optional<Judged> then = recorded.stream().filter(j -> !j.recordedAt().isAfter(recordedAt)).reduce((a, b) -> b);
            Optional<Judged> now = recorded.isEmpty() ? Optional.empty() : Optional.of(recorded.get(recorded.size() - 1));
            return then.isPresent() && now.get().verdict() != then.get().verdict();
        });
    }
}
