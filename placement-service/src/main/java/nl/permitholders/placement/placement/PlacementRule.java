package nl.permitholders.placement.placement;

import java.time.LocalDate;
import nl.permitholders.platform.api.ConflictException;
import nl.permitholders.platform.api.Violations;

/**
 * When persons of a coupling may be placed (R5, R8): on a date that is neither in the future nor before the
 * coupling, and never more persons over all placements of a coupling than the coupling has. A household may be
 * housed in parts, e.g. adult children separately.
 */
public final class PlacementRule {

    private PlacementRule() {
    }

    /**
     * @param couplingPersons persons in the coupling
     * @param alreadyPlaced   persons already placed from this coupling
     */
    public static void check(int couplingPersons, LocalDate couplingDate, int alreadyPlaced, int persons,
                             LocalDate housedOn, LocalDate today) {
        Violations violations = new Violations();
        violations.check(persons >= 1, "persons", "must be at least 1");
        violations.check(!housedOn.isAfter(today), "housedOn", "cannot be in the future");
        violations.check(!housedOn.isBefore(couplingDate), "housedOn", "cannot be before the coupling date " + couplingDate);
        violations.throwIfAny();
        int remaining = couplingPersons - alreadyPlaced;
        if (persons > remaining) {
            throw new ConflictException("The coupling has " + remaining + " of its " + couplingPersons
                    + " persons not yet housed; " + persons + " cannot be placed.");
        }
    }
}
