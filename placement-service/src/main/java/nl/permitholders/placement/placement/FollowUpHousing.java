package nl.permitholders.placement.placement;

import java.time.LocalDate;
import nl.permitholders.placement.unit.UnitType;
import nl.permitholders.platform.api.ConflictException;
import nl.permitholders.platform.api.Violations;

/**
 * Temporary housing and the move on to follow-up housing (docs/domain.md, temporary housing). Persons housed in an
 * intermediate facility (tussenvoorziening) count as housed (R5) and still need follow-up housing until they move on.
 * A flex home is regular housing, unless a municipality's practice makes it temporary too (the configuration says so).
 * Every other kind of unit is regular housing; a placement without a kind of housing is too.
 */
public final class FollowUpHousing {

    private final boolean flexHomesAreTemporary;

    private FollowUpHousing(boolean flexHomesAreTemporary) {
        this.flexHomesAreTemporary = flexHomesAreTemporary;
    }

    /** Only an intermediate facility is temporary housing. */
    public static FollowUpHousing onlyIntermediateFacilities() {
        return new FollowUpHousing(false);
    }

    /** Intermediate facilities and flex homes are temporary housing. */
    public static FollowUpHousing intermediateFacilitiesAndFlexHomes() {
        return new FollowUpHousing(true);
    }

    public static FollowUpHousing of(boolean flexHomesAreTemporary) {
        return new FollowUpHousing(flexHomesAreTemporary);
    }

    /** Whether persons housed in {@code type} still need follow-up housing; null when the kind of housing is unknown. */
    public Boolean needsFollowUp(UnitType type) {
        if (type == null) {
            return null;
        }
        return type == UnitType.INTERMEDIATE || flexHomesAreTemporary && type == UnitType.FLEX;
    }

    /**
     * Whether the persons of a placement may be recorded as moved on to follow-up housing on {@code movedOn}: only from
     * temporary housing, only once, not for a revoked placement, and on a day neither in the future nor before they
     * were housed.
     *
     * @param temporary      whether the placement is in temporary housing (null: kind of housing unknown)
     * @param revokedOn      when the placement was revoked; null if it stands
     * @param alreadyMovedOn when they moved on before; null if they have not
     */
    public static void checkMoveOn(Boolean temporary, LocalDate housedOn, LocalDate revokedOn, LocalDate alreadyMovedOn,
                                   LocalDate movedOn, LocalDate today) {
        checkMoveOn(temporary, housedOn, revokedOn, alreadyMovedOn, null, movedOn, today);
    }

    /**
     * As {@link #checkMoveOn(Boolean, LocalDate, LocalDate, LocalDate, LocalDate, LocalDate)}, for a placement that
     * family members joined in its temporary housing, the last of them on {@code familyJoinedOn} (null: none did): the
     * move on covers them too, so it is not dated before they joined.
     */
    public static void checkMoveOn(Boolean temporary, LocalDate housedOn, LocalDate revokedOn, LocalDate alreadyMovedOn,
                                   LocalDate familyJoinedOn, LocalDate movedOn, LocalDate today) {
        Violations violations = new Violations();
        violations.check(!movedOn.isAfter(today), "movedOn", "cannot be in the future");
        violations.check(!movedOn.isBefore(housedOn), "movedOn", "cannot be before the persons were housed on " + housedOn);
        violations.check(familyJoinedOn == null || !movedOn.isBefore(familyJoinedOn), "movedOn", "cannot be before "
                + familyJoinedOn + ", when family members joined them in the temporary housing: they move on together");
        violations.throwIfAny();
        if (revokedOn != null) {
            throw new ConflictException("The placement is REVOKED since " + revokedOn + "; it never counted.");
        }
        if (!Boolean.TRUE.equals(temporary)) {
            throw new ConflictException("The placement is not in temporary housing; its persons need no follow-up housing.");
        }
        if (alreadyMovedOn != null) {
            throw new ConflictException("The persons of the placement moved on to follow-up housing on " + alreadyMovedOn + " already.");
        }
    }
}
