package nl.permitholders.supervision.verdict;

import java.time.LocalDate;
import java.util.Collection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The positions judged at one deadline, added up over several municipalities (a province, the country): what the
 * province writes. Each municipality counts with the position judged there (R7): COA's end position where it was adopted
 * at that deadline, else the system's figures ({@link DeadlineJudge.Judgement#backlog}); beside it the system's own
 * arithmetic without any adoption and the difference, as each municipality's verdict shows them. Overijssel's letter of
 * 11 July 2024 quotes the province at −679: the sum of COA's positions, the figure judged.
 *
 * @param municipalities how many municipalities were judged at the deadline (those whose figures start later are not)
 * @param onCoasFigure   how many of them are judged on COA's end position adopted there
 */
@Schema(requiredProperties = {"deadline", "municipalities", "backlog", "grossBacklog", "ownBacklog", "ownGrossBacklog", "difference",
        "onCoasFigure"})
public record JudgedTotal(LocalDate deadline, int municipalities,
                          @Schema(description = "the positions judged at the deadline added up (backlogs and leads set off): "
                                  + "COA's end position where adopted there, else the system's figures") int backlog,
                          @Schema(description = "the positive judged positions only: a lead does not house another's permit holders")
                          int grossBacklog,
                          @Schema(description = "the system's own arithmetic at the deadline, without any adoption of COA's figures")
                          int ownBacklog,
                          @Schema(description = "the positive own arithmetic only") int ownGrossBacklog,
                          @Schema(description = "backlog minus ownBacklog: what adoptions of COA's figures moved") int difference,
                          @Schema(description = "how many municipalities are judged on COA's end position adopted at the deadline")
                          int onCoasFigure) {

    /** One municipality's position judged at the deadline, its own arithmetic, and whether COA's figure is what was judged. */
    public record Part(int backlog, int ownBacklog, boolean onCoasFigure) {

        public static Part of(DeadlineJudge.Judgement judgement) {
            return new Part(judgement.backlog(), judgement.ownBacklog(), judgement.coaEndPosition().isPresent());
        }
    }

    /** The parts added up; null when none was judged at {@code deadline}, so that an answer leaves it out. */
    public static JudgedTotal of(LocalDate deadline, Collection<Part> parts) {
        if (deadline == null || parts.isEmpty()) {
            return null;
        }
        int backlog = 0;
        int gross = 0;
        int own = 0;
        int ownGross = 0;
        int onCoa = 0;
        for (Part part : parts) {
            backlog += part.backlog();
            gross += Math.max(0, part.backlog());
            own += part.ownBacklog();
            ownGross += Math.max(0, part.ownBacklog());
            onCoa += part.onCoasFigure() ? 1 : 0;
        }
        return new JudgedTotal(deadline, parts.size(), backlog, gross, own, ownGross, backlog - own, onCoa);
    }
}
