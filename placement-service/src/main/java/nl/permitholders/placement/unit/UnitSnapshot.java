package nl.permitholders.placement.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A known unit and how full it is: persons of placements not revoked, and persons reserved by open offers. Capacity
 * counts persons, or rooms for a SHARED unit, where each room holds one single.
 */
public record UnitSnapshot(UUID id, String municipalityCode, UnitType type, int capacity, LocalDate temporaryUntil,
                           LocalDate retiredOn, boolean wheelchairAccessible, int personsPlaced, int personsReserved) {

    /** The same unit, counted as lying in {@code municipality}. */
    public UnitSnapshot in(String municipality) {
        return new UnitSnapshot(id, municipality, type, capacity, temporaryUntil, retiredOn, wheelchairAccessible, personsPlaced,
                personsReserved);
    }

    /** Places (rooms) neither occupied nor reserved. */
    public int freePlaces() {
        return Math.max(0, capacity - personsPlaced - personsReserved);
    }

    public boolean hasRoomFor(int persons) {
        return persons <= freePlaces();
    }

    /** For example "1 of 3 rooms free". */
    public String describeFree() {
        return freePlaces() + " of " + capacity + (type == UnitType.SHARED ? " rooms" : " places") + " free";
    }

    /** Why persons coupled to {@code municipalityCode} cannot move in on {@code on}, regardless of who they are. */
    public List<String> unavailability(String municipalityCode, LocalDate on) {
        List<String> reasons = new ArrayList<>();
        if (!this.municipalityCode.equals(municipalityCode)) {
            reasons.add("unit " + id + " lies in " + this.municipalityCode + ", not in " + municipalityCode);
        }
        if (retiredOn != null && !on.isBefore(retiredOn)) {
            reasons.add("unit " + id + " left the stock on " + retiredOn);
        }
        if (temporaryUntil != null && on.isAfter(temporaryUntil)) {
            reasons.add("unit " + id + " is available only until " + temporaryUntil);
        }
        return reasons;
    }

    /** Why {@code persons} cannot be placed here on {@code on}; empty when they can. */
    public List<String> obstaclesToPlacing(String municipalityCode, int persons, LocalDate on) {
        List<String> reasons = unavailability(municipalityCode, on);
        if (!hasRoomFor(persons)) {
            reasons.add("unit " + id + " has " + describeFree() + (type == UnitType.SHARED ? " (one single per room)" : "")
                    + "; " + persons + (persons == 1 ? " person does" : " persons do") + " not fit");
        }
        return reasons;
    }
}
