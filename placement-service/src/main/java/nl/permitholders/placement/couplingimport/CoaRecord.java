package nl.permitholders.placement.couplingimport;

import java.time.LocalDate;
import nl.permitholders.placement.coupling.CancellationReason;
import nl.permitholders.placement.coupling.CouplingDetails;
import nl.permitholders.placement.unit.UnitType;

/**
 * One household of COA's records, as a line of an import gives it: the coupling under COA's reference, and what hangs
 * from it when the line says so: the persons housed, the family members who arrived, the cancellation. Counts, dates and
 * codes only (R9).
 *
 * @param housing      null when the line records no placement
 * @param arrival      null when the line records no family reunification
 * @param cancellation null when the line records no cancellation
 */
public record CoaRecord(int line, String coaReference, String municipalityCode, CouplingDetails details, Housing housing,
                        Arrival arrival, Cancellation cancellation) {

    /** Persons of the household housed on a day, in a kind of housing when the line names one. */
    public record Housing(LocalDate housedOn, int persons, UnitType unitType) {
    }

    /** Family members (nareizigers) who arrived to join the housed referent. */
    public record Arrival(LocalDate arrivedOn, int persons) {
    }

    public record Cancellation(LocalDate cancelledOn, CancellationReason reason) {
    }
}
