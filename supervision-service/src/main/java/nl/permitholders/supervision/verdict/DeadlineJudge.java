package nl.permitholders.supervision.verdict;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.ledger.BacklogLedger;
import nl.permitholders.supervision.ledger.KnownMunicipality;

/**
 * Judges a municipality at the deadline of each half-year (R6, R7): its backlog at the end of the half-year, and the
 * coupling deficit measured at COA's reference date in it (1 April or 1 October).
 * <p>
 * Where province staff adopted COA's end position at the deadline, that is the position judged there (docs/domain.md,
 * re-anchoring): COA's figure is the official one the province judges on. The system's own arithmetic stays beside it,
 * and the position on the reference date moves by the same difference, since COA's figure says the municipality had that
 * many persons more (or fewer) to house over the half-year than the system's facts show.
 */
public final class DeadlineJudge {

    /**
     * A verdict with the figures it is based on, so that it can be explained and a later change detected.
     * {@code recoupledAfterTheClockAtReferenceDate} are the persons of couplings COA re-coupled elsewhere after their 12
     * weeks, counted in {@code coupledUnhousedAtReferenceDate} as the municipality's own shortfall. {@code backlog} is the
     * position judged: COA's adopted end position ({@code coaEndPosition}) where there is one, else the ledger's;
     * {@code ownBacklog} is the system's own arithmetic without any adoption of COA's figures.
     */
    public record Judgement(Period period, LocalDate deadline, LocalDate referenceDate, int backlog, int stillToHouseAtReferenceDate,
                            int coupledUnhousedAtReferenceDate, int recoupledAfterTheClockAtReferenceDate, int couplingDeficit,
                            Verdict verdict, int ownBacklog, Optional<Integer> coaEndPosition) {

        /** The judged position minus the system's own arithmetic: what adoptions of COA's figures moved. */
        public int difference() {
            return backlog - ownBacklog;
        }
    }

    private DeadlineJudge() {
    }

    public static Judgement judge(BacklogLedger ledger, Period period) {
        return judge(ledger, ledger.withoutAdoptions(), period);
    }

    /** As {@link #judge(BacklogLedger, Period)}, with the ledger's own arithmetic at hand ({@link BacklogLedger#withoutAdoptions}). */
    static Judgement judge(BacklogLedger ledger, BacklogLedger own, Period period) {
        LocalDate referenceDate = ExcusabilityRule.referenceDate(period);
        int figured = ledger.figures(period, null).backlog();
        Optional<Integer> coa = ledger.adoptedEndPosition(period);
        int backlog = coa.orElse(figured);
        int stillToHouse = ledger.figures(period, referenceDate).backlog() + (backlog - figured);
        // the couplings of the municipalities merged into it or split over it in the half-year count, also after the reference date
        int coupledUnhoused = ledger.coupledUnhousedPersons(period, referenceDate);
        int deficit = ExcusabilityRule.couplingDeficit(stillToHouse, coupledUnhoused);
        return new Judgement(period, period.deadline(), referenceDate, backlog, stillToHouse, coupledUnhoused,
                ledger.recoupledAfterTheClockPersons(period, referenceDate), deficit,
                ExcusabilityRule.verdict(backlog, deficit), own.figures(period, null).backlog(), coa);
    }

    /** Every half-year of the chain whose deadline has passed on {@code today}, oldest first. */
    public static List<Judgement> judgeClosed(BacklogLedger ledger, LocalDate today) {
        List<Judgement> judgements = new ArrayList<>();
        BacklogLedger own = ledger.withoutAdoptions();
        ledger.start().ifPresent(start -> {
            for (Period p = start; !p.deadline().isAfter(today); p = p.next()) {
                judgements.add(judge(ledger, own, p));
            }
        });
        return judgements;
    }

    /**
     * Verdicts at every deadline that has passed on {@code today}, on the adoptions of COA's figures that stood then
     * ({@link BacklogLedger#knownOn}); a merged municipality is judged no further than its merger (R3).
     */
    public static List<Judgement> judgeClosed(KnownMunicipality known, LocalDate today) {
        return judgeClosed(known.ledger().knownOn(today), today).stream()
                .filter(j -> !known.ceasedBy(j.period()))
                .toList();
    }
}
