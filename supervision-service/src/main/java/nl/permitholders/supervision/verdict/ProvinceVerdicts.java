package nl.permitholders.supervision.verdict;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.permitholders.platform.api.InvalidParam;
import nl.permitholders.supervision.decision.DecisionHistory;

/**
 * The verdicts province staff recorded for one municipality, every one kept (docs/domain.md, the province's verdict).
 * At a deadline the one in force on a date is the one decided last (decidedOn, then the moment it was recorded) of
 * those decided by then; the others are its history.
 */
public final class ProvinceVerdicts {

    public static final ProvinceVerdicts NONE = new ProvinceVerdicts(List.of());

    /** What the system computed at a deadline: its verdict and the backlog it rests on. */
    public record Computed(Verdict verdict, int backlog) {
    }

    private static final DecisionHistory<ProvinceVerdict> NO_VERDICTS = new DecisionHistory<>(List.of());

    private final Map<LocalDate, DecisionHistory<ProvinceVerdict>> byDeadline;

    private ProvinceVerdicts(List<ProvinceVerdict> all) {
        this.byDeadline = all.stream().collect(Collectors.groupingBy(ProvinceVerdict::deadline,
                Collectors.collectingAndThen(Collectors.toList(), DecisionHistory::new)));
    }

    public static ProvinceVerdicts of(List<ProvinceVerdict> recorded) {
        return new ProvinceVerdicts(recorded);
    }

    /** The verdict in force at {@code deadline} on {@code date}: the last decided on or before that date, if any. */
    public Optional<ProvinceVerdict> inForce(LocalDate deadline, LocalDate date) {
        return byDeadline.getOrDefault(deadline, NO_VERDICTS).inForceOn(date);
    }

    /**
     * The province's verdict that counts at {@code deadline} on {@code date} over the computed one: the one in force
     * then, while it agrees with R7 on the {@code backlog} at the deadline. One that a late correction put at odds with
     * R7 is kept, to review, but does not count (the computed one does) until the province records again.
     */
    public Optional<Verdict> counting(LocalDate deadline, LocalDate date, int backlog) {
        return inForce(deadline, date).map(ProvinceVerdict::verdict).filter(v -> agreesWithR7(v, backlog));
    }

    /** Every verdict recorded at {@code deadline}, in the order decided; the last is the one in force today. */
    public List<ProvinceVerdict> history(LocalDate deadline) {
        return byDeadline.getOrDefault(deadline, NO_VERDICTS).all();
    }

    /**
     * Whether R7 allows {@code verdict} on a backlog: MET exactly when the backlog at the deadline is zero or less. The
     * province judges whether a shortfall is excusable, not whether there is one.
     */
    public static boolean agreesWithR7(Verdict verdict, int backlog) {
        return (verdict == Verdict.MET) == (backlog <= 0);
    }

    /**
     * Why province staff cannot record {@code verdict} at {@code deadline}, by field; empty when they can.
     *
     * @param computed what the system computed at the deadline on {@code today}; empty when the deadline is none of the
     *                 municipality's (its figures start later, or it had merged)
     */
    public static List<InvalidParam> refusals(LocalDate deadline, Verdict verdict, LocalDate decidedOn, LocalDate today,
                                              Optional<Computed> computed) {
        List<InvalidParam> refusals = new ArrayList<>();
        if (deadline.getDayOfMonth() != 1 || (deadline.getMonth() != Month.JANUARY && deadline.getMonth() != Month.JULY)) {
            refusals.add(new InvalidParam("deadline", "must be a deadline: 1 January or 1 July"));
        } else if (deadline.isAfter(today)) {
            refusals.add(new InvalidParam("deadline", "has not passed yet"));
        } else if (computed.isEmpty()) {
            refusals.add(new InvalidParam("deadline", "is no deadline of this municipality: its figures start later, or it had merged"));
        }
        if (decidedOn.isAfter(today)) {
            refusals.add(new InvalidParam("decidedOn", "cannot be in the future"));
        } else if (refusals.isEmpty() && decidedOn.isBefore(deadline)) {
            refusals.add(new InvalidParam("decidedOn", "cannot be before the deadline it judges"));
        }
        computed.filter(c -> !agreesWithR7(verdict, c.backlog())).ifPresent(c -> refusals.add(new InvalidParam("verdict",
                c.backlog() > 0
                        ? "must be NOT_MET or NOT_MET_EXCUSABLE: the backlog at the deadline is " + c.backlog() + " (R7)"
                        : "must be MET: the backlog at the deadline is " + c.backlog() + " (R7)")));
        return refusals;
    }
}
