package nl.permitholders.placement.reunification;

import java.time.LocalDate;
import nl.permitholders.platform.api.ConflictException;
import nl.permitholders.platform.api.Violations;

/**
 * Family members (nareizigers) join a housed referent: they arrive on a day not in the future, on or after the day
 * the referent's household was first housed. They count on their arrival date for the referent's municipality (R5).
 * They join the referent where the referent lives on their arrival: in temporary housing (an intermediate facility)
 * that the referent's persons have not left by then, they are in temporary housing too, need follow-up housing as the
 * referent does, and move on with the referent's persons (docs/domain.md, temporary housing and follow-up housing).
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

    /**
     * Whether family members arriving on {@code arrivedOn} join the referent in temporary housing: the referent's
     * placement is in temporary housing ({@code referentTemporary}) and its persons had not moved on by then
     * ({@code referentMovedOn}: null while they have not). Arriving on the day they move on, or later, they join them in
     * their follow-up housing.
     */
    public static boolean joinInTemporaryHousing(Boolean referentTemporary, LocalDate referentMovedOn, LocalDate arrivedOn) {
        return Boolean.TRUE.equals(referentTemporary) && (referentMovedOn == null || arrivedOn.isBefore(referentMovedOn));
    }
}
