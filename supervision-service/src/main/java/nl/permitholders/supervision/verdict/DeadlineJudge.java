package nl.permitholders.supervision.verdict;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.ledger.BacklogLedger;

/**
 * Judges a municipality at the deadline of each half-year (R6, R7): its backlog at the end of the half-year, and the
 * coupling deficit measured at COA's reference date in it (1 April or 1 October).
 */
public final class DeadlineJudge {

    /**
     * A verdict with the figures it is based on, so that it can be explained and a later change detected.
     * {@code recoupledAfterTheClockAtReferenceDate} are the persons of couplings COA re-coupled elsewhere after their 12
     * weeks, counted in {@code coupledUnhousedAtReferenceDate} as the municipality's own shortfall.
     */
    public record Judgement(Period period, LocalDate deadline, LocalDate referenceDate, int backlog, int stillToHouseAtReferenceDate,
                            int coupledUnhousedAtReferenceDate, int recoupledAfterTheClockAtReferenceDate, int couplingDeficit,
                            Verdict verdict) {
    }

    private DeadlineJudge() {
    }

    public static Judgement judge(BacklogLedger ledger, Period period) {
        LocalDate referenceDate = ExcusabilityRule.referenceDate(period);
        int stillToHouse = ledger.figures(period, referenceDate).backlog();
        int coupledUnhoused = ledger.coupledUnhousedPersons(referenceDate);
        int deficit = ExcusabilityRule.couplingDeficit(stillToHouse, coupledUnhoused);
        int backlog = ledger.figures(period, null).backlog();
        return new Judgement(period, period.deadline(), referenceDate, backlog, stillToHouse, coupledUnhoused,
                ledger.recoupledAfterTheClockPersons(referenceDate), deficit,
                ExcusabilityRule.verdict(backlog, deficit));
    }

    /** Every half-year of the chain whose deadline has passed on {@code today}, oldest first. */
    public static List<Judgement> judgeClosed(BacklogLedger ledger, LocalDate today) {
        List<Judgement> judgements = new ArrayList<>();
        ledger.start().ifPresent(start -> {
            for (Period p = start; !p.deadline().isAfter(today); p = p.next()) {
                judgements.add(judge(ledger, p));
            }
        });
        return judgements;
    }
}
