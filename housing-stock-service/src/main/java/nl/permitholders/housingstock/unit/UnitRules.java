package nl.permitholders.housingstock.unit;

import java.time.LocalDate;
import nl.permitholders.platform.api.Violations;

/**
 * What makes a unit plausible: a capacity that fits its type (persons, or rooms for SHARED), an end date only for
 * temporary homes and never one that has already passed, and a neighbourhood inside the unit's municipality.
 */
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

    /**
     * Every violation by the proposed details of a unit.
     *
     * @param current the details as registered, or null for a new unit: an end date that is already registered may
     *                pass without the unit being refused on it
     */
    public static Violations check(UnitDetails proposed, UnitDetails current, LocalDate today) {
        Violations violations = check(proposed.type(), proposed.capacity());
        LocalDate until = proposed.temporaryUntil();
        if (until != null) {
            if (!proposed.type().isTemporary()) {
                violations.add("temporaryUntil", "applies only to FLEX and INTERMEDIATE units, not to " + proposed.type());
            } else if (until.isBefore(today) && (current == null || !until.equals(current.temporaryUntil()))) {
                violations.add("temporaryUntil", "must not be in the past");
            }
        }
        String neighbourhood = proposed.neighbourhoodCode();
        if (neighbourhood != null && !liesIn(neighbourhood, proposed.municipalityCode())) {
            violations.add("neighbourhoodCode", neighbourhood + " does not lie in municipality " + proposed.municipalityCode()
                    + "; CBS wijk and buurt codes carry the municipality's four digits after WK or BU");
        }
        return violations;
    }

    /** A CBS wijk code WKggggww or buurt code BUggggwwbb starts with its municipality's digits gggg. */
    private static boolean liesIn(String neighbourhoodCode, String municipalityCode) {
        return neighbourhoodCode.length() >= 6 && municipalityCode.length() == 6
                && neighbourhoodCode.substring(2, 6).equals(municipalityCode.substring(2));
    }
}
