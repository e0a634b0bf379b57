package nl.permitholders.housingstock.unit;

import nl.permitholders.platform.api.Violations;

/** What makes a unit's capacity plausible for its type; capacity is in persons, or in rooms for SHARED. */
public final class UnitRules {

    public static final int MIN_CAPACITY = 1;
    public static final int MAX_CAPACITY = 100;
    public static final int LARGE_FAMILY_MIN_PERSONS = 7;
    public static final int SHARED_MIN_ROOMS = 2;

    private UnitRules() {
    }

    /** Every violation of these rules by a unit of this type and capacity; empty when it may be registered. */
    public static Violations check(UnitType type, int capacity) {
        Violations violations = new Violations();
        if (capacity < MIN_CAPACITY || capacity > MAX_CAPACITY) {
            violations.add("capacity", "must be between " + MIN_CAPACITY + " and " + MAX_CAPACITY);
        } else if (type == UnitType.LARGE_FAMILY && capacity < LARGE_FAMILY_MIN_PERSONS) {
            violations.add("capacity", "must be at least " + LARGE_FAMILY_MIN_PERSONS + " persons for a LARGE_FAMILY unit");
        } else if (type == UnitType.SHARED && capacity < SHARED_MIN_ROOMS) {
            violations.add("capacity", "counts rooms for a SHARED unit and must be at least " + SHARED_MIN_ROOMS);
        }
        return violations;
    }
}
