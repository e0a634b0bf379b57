package nl.permitholders.placement.reunification;

import java.time.LocalDate;
import nl.permitholders.platform.api.ConflictException;
import nl.permitholders.platform.api.Violations;

/**
 * Family members (nareizigers) join a housed referent: they arrive on a day not in the future, on or after the day
 * the referent's household was first housed. They count on their arrival date for the referent's municipality (R5).
 */
public final class ReunificationRule {

    private ReunificationRule() {
    }

    /** @param referentHousedOn the first housing date of the coupling's placements not revoked; null if none */
    public static void check(int persons, LocalDate arrivedOn, LocalDate referentHousedOn, LocalDate today) {
        new Violations()
                .check(persons >= 1, "persons", "must be at least 1")
                .check(!arrivedOn.isAfter(today), "arrivedOn", "cannot be in the future")
                .throwIfAny();
        if (referentHousedOn == null) {
            throw new ConflictException("Nobody of this coupling is housed; family members join a housed referent.");
        }
        if (arrivedOn.isBefore(referentHousedOn)) {
            throw new ConflictException("The referent was housed on " + referentHousedOn + "; family members cannot join "
                    + "them on " + arrivedOn + ", before that.");
        }
    }
}
