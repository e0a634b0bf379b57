package nl.permitholders.supervision.ledger;

import java.time.LocalDate;
import nl.permitholders.platform.period.Period;

/**
 * A municipality's figures of a half-year, as its ledger gives them ({@link BacklogLedger#halfYear}): the backlog at the
 * half-year's end or on {@code asOf} (R4), the schedule against 1/6 of the adjusted quota per elapsed month (R6), and the
 * positions on the date they are taken: couplings still waiting and overdue (R8), persons in temporary housing, planned
 * capacity, and allocations to permit holders up to {@code asOf}.
 */
public record HalfYearFigures(PeriodFigures backlog, LocalDate position, int expectedHoused, int scheduleGap,
                              int coupledUnhousedPersons, Couplings.Overdue overdueCouplings, int personsInTemporaryHousing,
                              CapacityPipeline.Pipeline plannedCapacity, int allocatedToPermitHolders) {

    public Period period() {
        return backlog.period();
    }
}
