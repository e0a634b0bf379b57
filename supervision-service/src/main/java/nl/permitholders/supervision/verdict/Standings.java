package nl.permitholders.supervision.verdict;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.ledger.BacklogLedger;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How the municipalities of a province or of the country stand together in a half-year: the net backlog (backlogs
 * and leads set off against each other), the gross backlog (only the municipalities behind, their backlogs added up:
 * one municipality's lead does not house another's permit holders), how many are ahead (a negative backlog), and how
 * many met the last deadline, missed it excusably, or missed it (R7), by the verdict that counts: the province's own
 * where it recorded one, else the computed one.
 * <p>
 * The deadline counted is the last one passed on the position date (asOf, or today) and no later than the half-year's
 * own: for a half-year whose deadline has passed, its own deadline; for the half-year still running, the one it
 * started on (the previous half-year's deadline). A municipality without a verdict there (its figures start later)
 * counts as without verdict. (The net backlog is the same as the totals' backlog, repeated here beside the gross.) What
 * the province writes at that deadline is {@code judgedAtLastDeadline}: the positions judged there added up
 * ({@link JudgedTotal}), COA's where adopted, with the system's own arithmetic beside them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = {"netBacklog", "grossBacklog", "ahead", "met", "notMetExcusable", "notMet",
        "withoutVerdict"})
public record Standings(int netBacklog, int grossBacklog, int ahead, LocalDate lastDeadline, int met, int notMetExcusable,
                        int notMet, int withoutVerdict,
                        @Schema(description = "the positions judged at lastDeadline added up: COA's end position where adopted "
                                + "there, else the system's figures, with the system's own arithmetic and the difference beside "
                                + "them; absent when no deadline has passed or none was judged there")
                        JudgedTotal judgedAtLastDeadline) {

    /** Without the judged positions (none known). */
    public Standings(int netBacklog, int grossBacklog, int ahead, LocalDate lastDeadline, int met, int notMetExcusable, int notMet,
                     int withoutVerdict) {
        this(netBacklog, grossBacklog, ahead, lastDeadline, met, notMetExcusable, notMet, withoutVerdict, null);
    }

    /**
     * One municipality: its backlog in the half-year, its verdict at the last deadline (null without one), and the
     * position judged there with its own arithmetic (null without one).
     */
    public record Standing(int backlog, Verdict verdictAtLastDeadline, JudgedTotal.Part judgedAtLastDeadline) {

        public Standing(int backlog, Verdict verdictAtLastDeadline) {
            this(backlog, verdictAtLastDeadline, null);
        }

        /**
         * The municipality's verdict at the last deadline for {@code period} on {@code position}, beside {@code backlog}:
         * the province's own where it counts (as for the ladder), else the computed one.
         */
        public static Standing of(BacklogLedger ledger, ProvinceVerdicts recorded, Period period, LocalDate position, int backlog) {
            Optional<DeadlineJudge.Judgement> judged = lastDeadlineOf(period, position)
                    .filter(last -> ledger.start().map(start -> !last.isBefore(start)).orElse(false))
                    .map(last -> DeadlineJudge.judge(ledger, last));
            Verdict verdict = judged
                    .map(computed -> recorded.counting(computed.deadline(), position, computed.backlog()).orElse(computed.verdict()))
                    .orElse(null);
            return new Standing(backlog, verdict, judged.map(JudgedTotal.Part::of).orElse(null));
        }
    }

    /** The half-year whose deadline is the last deadline for {@code period} on {@code position}, if one has passed. */
    public static Optional<Period> lastDeadlineOf(Period period, LocalDate position) {
        if (!period.deadline().isAfter(position)) {
            return Optional.of(period);
        }
        Period previous = period.previous();
        return previous.deadline().isAfter(position) ? Optional.empty() : Optional.of(previous);
    }

    public static Standings of(Period period, LocalDate position, Collection<Standing> municipalities) {
        Optional<Period> last = lastDeadlineOf(period, position);
        int net = 0;
        int gross = 0;
        int ahead = 0;
        int met = 0;
        int excusable = 0;
        int notMet = 0;
        int without = 0;
        List<JudgedTotal.Part> judged = new ArrayList<>();
        for (Standing m : municipalities) {
            if (last.isPresent() && m.judgedAtLastDeadline() != null) {
                judged.add(m.judgedAtLastDeadline());
            }
            net += m.backlog();
            gross += Math.max(0, m.backlog());
            ahead += m.backlog() < 0 ? 1 : 0;
            Verdict verdict = last.isPresent() ? m.verdictAtLastDeadline() : null;
            if (verdict == null) {
                without++;
            } else {
                switch (verdict) {
                    case MET -> met++;
                    case NOT_MET_EXCUSABLE -> excusable++;
                    case NOT_MET -> notMet++;
                }
            }
        }
        LocalDate lastDeadline = last.map(Period::deadline).orElse(null);
        return new Standings(net, gross, ahead, lastDeadline, met, excusable, notMet, without, JudgedTotal.of(lastDeadline, judged));
    }
}
