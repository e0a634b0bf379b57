package nl.permitholders.supervision.ledger;

import java.time.LocalDate;

/**
 * R7 and R8 for a cancelled coupling: whether its persons not yet housed leave the municipality's count of persons
 * coupled to it, or stay its shortfall.
 * <ul>
 * <li>WITHDRAWN: COA took the coupling back; the persons were never the municipality's to house.</li>
 * <li>RECOUPLED before the coupling's 12 weeks ran out: COA moved the household while the municipality still had time;
 * not the municipality's doing, so the persons leave it as a withdrawn coupling's do.</li>
 * <li>RECOUPLED on or after the day the coupling became overdue: COA moved the household because the municipality
 * did not house it in time. The persons stay coupled and unhoused for the municipality (and the coupling overdue), so
 * they never enlarge its coupling deficit: a municipality cannot excuse a shortfall with the couplings it let lapse.</li>
 * </ul>
 * A cancellation without a known reason (projected before the reason was kept) counts as withdrawn until the
 * projection is rebuilt; a cancellation of a coupling not (yet) known has no clock and counts as withdrawn.
 */
public final class CancellationRule {

    private CancellationRule() {
    }

    /**
     * @param overdueFrom the first day the coupling was overdue (its coupling date plus 12 weeks), null when the coupling
     *                    is not known
     */
    public static boolean staysTheMunicipalitysShortfall(CancellationReason reason, LocalDate cancelledOn, LocalDate overdueFrom) {
        return reason == CancellationReason.RECOUPLED && overdueFrom != null && !cancelledOn.isBefore(overdueFrom);
    }
}
