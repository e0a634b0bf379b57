package nl.permitholders.supervision.verdict;

import java.time.LocalDate;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.ledger.BacklogLedger;

/**
 * How the province's verdict in force at a deadline stands against the figures as they are now (docs/domain.md, the
 * province's verdict), so that a letter or a report never shows it as if it stood when it does not: a late correction
 * that changed the computed verdict since it was recorded puts it up for review; one that moved the backlog across
 * zero puts it at odds with R7, and the ladder counts the computed verdict meanwhile.
 */
public enum ProvinceVerdictMark {
    /** The computed verdict is still the one it was recorded against. */
    STANDS,
    /** A late correction changed the computed verdict since: it still counts, to review (te herbeoordelen). */
    TO_REVIEW,
    /** A late correction moved the backlog across zero: R7 no longer allows it, and the computed verdict counts meanwhile. */
    AT_ODDS_WITH_R7;

    /**
     * The mark of the province's verdict in force on {@code position} at the last deadline for {@code period} (as
     * {@link Standings.Standing#of} counts it), or null where the province recorded none there.
     */
    public static ProvinceVerdictMark atLastDeadline(BacklogLedger ledger, ProvinceVerdicts recorded, Period period, LocalDate position) {
        // Judged only where the province recorded a verdict: most municipalities of an overview have none.
        return Standings.lastDeadlineOf(period, position)
                .filter(judged -> ledger.start().map(start -> !judged.isBefore(start)).orElse(false))
                .flatMap(judged -> recorded.inForce(judged.deadline(), position).map(inForce -> {
                    DeadlineJudge.Judgement computed = DeadlineJudge.judge(ledger, judged);
                    return of(inForce, computed.verdict(), computed.backlog());
                }))
                .orElse(null);
    }

    /** The mark of {@code inForce} beside the computed verdict {@code computedNow} and the backlog at the deadline now. */
    public static ProvinceVerdictMark of(ProvinceVerdict inForce, Verdict computedNow, int backlogNow) {
        if (!ProvinceVerdicts.agreesWithR7(inForce.verdict(), backlogNow)) {
            return AT_ODDS_WITH_R7;
        }
        return inForce.toReview(computedNow) ? TO_REVIEW : STANDS;
    }
}
