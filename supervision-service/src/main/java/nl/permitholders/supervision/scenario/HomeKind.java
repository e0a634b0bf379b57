package nl.permitholders.supervision.scenario;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The kinds of homes a scenario's persons need, by the household a home is for, each with the unit types of the housing
 * stock that fit it (docs/domain.md, "Unit types"; placement-service's {@code UnitFit}): a single needs a room of its own
 * (a room, a room in a shared dwelling); a family a home for its size; a household of 7 or more a home for a large family.
 * COA couples a household as SINGLE or FAMILY; one whose type is not known counts as a single with one person, else as a
 * family of its size.
 */
@Schema(name = "HomeKind", description = "ROOM: for a single (unit types ROOM, SHARED); SMALL_HOME: for a household of 2 or 3 "
        + "(REGULAR, FLEX); FAMILY_HOME: for 4 to 6 (REGULAR, FLEX); LARGE_FAMILY_HOME: for 7 or more (LARGE_FAMILY)")
public enum HomeKind {
    ROOM(List.of("ROOM", "SHARED")),
    SMALL_HOME(List.of("REGULAR", "FLEX")),
    FAMILY_HOME(List.of("REGULAR", "FLEX")),
    LARGE_FAMILY_HOME(List.of("LARGE_FAMILY"));

    /** The household size from which a home for a large family is needed, as a LARGE_FAMILY unit requires. */
    static final int LARGE_FAMILY_PERSONS = 7;

    private final List<String> unitTypes;

    HomeKind(List<String> unitTypes) {
        this.unitTypes = unitTypes;
    }

    /** The unit types of the housing stock that fit it. */
    public List<String> unitTypes() {
        return unitTypes;
    }

    /** The kind of home a household COA coupled needs: by its type (SINGLE, FAMILY; null when not known) and persons. */
    public static HomeKind of(String householdType, int persons) {
        if ("SINGLE".equals(householdType) || householdType == null && persons <= 1) {
            return ROOM;
        }
        if (persons >= LARGE_FAMILY_PERSONS) {
            return LARGE_FAMILY_HOME;
        }
        return persons >= 4 ? FAMILY_HOME : SMALL_HOME;
    }
}
