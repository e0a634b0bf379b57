package nl.permitholders.supervision.ladder;

import java.util.List;
import nl.permitholders.supervision.verdict.Verdict;

/**
 * Advises a stage of the intervention ladder from the verdicts at the deadlines so far (docs/domain.md, the
 * intervention ladder): NOT_MET at the last deadline → SIGNAL; at the last two in a row → OFFICIAL_TALK; three or more
 * → ADMINISTRATIVE_AGREEMENTS; a backlog that grew at each of the last four deadlines while not met →
 * SUBSTITUTION_ANNOUNCED. Excusable shortfalls do not escalate: they break a run of missed deadlines. The advice is
 * only advice: province staff decide, and the advice never changes a stage by itself.
 */
public final class InterventionAdvisor {

    /** The verdict and backlog at one deadline. */
    public record Deadline(Verdict verdict, int backlog) {
    }

    public record Advice(Stage stage, String reason) {
    }

    private InterventionAdvisor() {
    }

    /** @param deadlines the verdicts at consecutive deadlines, oldest first */
    public static Advice advise(List<Deadline> deadlines) {
        if (deadlines.isEmpty()) {
            return new Advice(Stage.NONE, "no deadline has passed yet");
        }
        Deadline last = deadlines.get(deadlines.size() - 1);
        if (last.verdict() == Verdict.MET) {
            return new Advice(Stage.NONE, "the last deadline was met");
        }
        if (last.verdict() == Verdict.NOT_MET_EXCUSABLE) {
            return new Advice(Stage.NONE, "the shortfall at the last deadline is excusable: COA coupled too few persons");
        }
        int missedInARow = 0;
        for (int i = deadlines.size() - 1; i >= 0 && deadlines.get(i).verdict() == Verdict.NOT_MET; i--) {
            missedInARow++;
        }
        if (grewAtEachOfLast(deadlines, 4)) {
            return new Advice(Stage.SUBSTITUTION_ANNOUNCED, "the backlog grew at each of the last four deadlines");
        }
        return switch (missedInARow) {
            case 1 -> new Advice(Stage.SIGNAL, "not met at the last deadline");
            case 2 -> new Advice(Stage.OFFICIAL_TALK, "not met at the last two deadlines in a row");
            default -> new Advice(Stage.ADMINISTRATIVE_AGREEMENTS, "not met at the last " + missedInARow + " deadlines in a row");
        };
    }

    private static boolean grewAtEachOfLast(List<Deadline> deadlines, int count) {
        if (deadlines.size() < count + 1) {
            return false;
        }
        for (int i = deadlines.size() - count; i < deadlines.size(); i++) {
            if (deadlines.get(i).verdict() != Verdict.NOT_MET || deadlines.get(i).backlog() <= deadlines.get(i - 1).backlog()) {
                return false;
            }
        }
        return true;
    }
}
