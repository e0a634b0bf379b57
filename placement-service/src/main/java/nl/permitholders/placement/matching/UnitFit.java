package nl.permitholders.placement.matching;

import java.util.ArrayList;
import java.util.List;
import nl.permitholders.placement.coupling.HouseholdType;
import nl.permitholders.placement.unit.UnitSnapshot;
import nl.permitholders.placement.unit.UnitType;

/**
 * Whether a household fits a unit: its persons fit the free places (rooms in a SHARED unit, one single each); SHARED
 * units and ROOMs house singles only; a LARGE_FAMILY home houses households of 7 or more; a household that needs
 * wheelchair access gets a unit known to be wheelchair accessible.
 */
public final class UnitFit {

    private UnitFit() {
    }

    /** Why the household fits, and why not; it fits when there is no reason why not. */
    public record Judgement(List<String> fitsBecause, List<String> misfits) {
        public boolean fits() {
            return misfits.isEmpty();
        }
    }

    public static Judgement judge(UnitSnapshot unit, HouseholdType householdType, int persons, boolean needsWheelchairAccess) {
        List<String> fits = new ArrayList<>();
        List<String> misfits = new ArrayList<>();
        String places = unit.type() == UnitType.SHARED ? " free rooms" : " free places";
        if (unit.hasRoomFor(persons)) {
            fits.add(persons(persons) + (persons == 1 ? " fits" : " fit") + " the " + unit.freePlaces() + places);
        } else {
            misfits.add(persons(persons) + (persons == 1 ? " exceeds" : " exceed") + " the " + unit.freePlaces() + places);
        }
        if (unit.type().isForSingles()) {
            if (householdType == HouseholdType.SINGLE) {
                fits.add("a single, as a " + unit.type() + " unit requires");
            } else {
                misfits.add("a " + unit.type() + " unit houses singles only; this is a " + householdType + " household");
            }
        }
        if (unit.type() == UnitType.LARGE_FAMILY) {
            if (persons >= UnitType.LARGE_FAMILY_MIN_PERSONS) {
                fits.add("a household of " + persons + ", as a LARGE_FAMILY unit requires (" + UnitType.LARGE_FAMILY_MIN_PERSONS + " or more)");
            } else {
                misfits.add("a LARGE_FAMILY unit houses households of " + UnitType.LARGE_FAMILY_MIN_PERSONS + " or more; this one has "
                        + persons);
            }
        }
        if (needsWheelchairAccess) {
            if (unit.wheelchairAccessible()) {
                fits.add("wheelchair accessible, as the household needs");
            } else {
                misfits.add("the household needs a wheelchair-accessible unit; this one is not known to be");
            }
        }
        return new Judgement(List.copyOf(fits), List.copyOf(misfits));
    }

    private static String persons(int persons) {
        return persons == 1 ? "1 person" : persons + " persons";
    }
}
