package nl.permitholders.housingstock.unit;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * How much of a unit is taken on a date, from the placements in it (placement.events):
 * <ul>
 * <li>a placement occupies from its housing date; a revocation frees it from the revocation date, and so does the
 * day its persons moved on from temporary housing (an intermediate facility) to follow-up housing;</li>
 * <li>in a SHARED dwelling each person placed takes a room, in an INTERMEDIATE facility a place; any other unit is
 * let to one household, so one placement takes it whole;</li>
 * <li>a retired unit is out of the stock from its retirement date: it has nothing free, and placements from that
 * date on do not occupy it. Earlier dates keep their history.</li>
 * </ul>
 */
public final class Occupancy {

    /**
     * A placement in the unit: persons housed from {@code housedOn}, until {@code revokedOn} if it was revoked or
     * {@code movedOn} if they moved on to follow-up housing, whichever came first.
     */
    public record Placement(int persons, LocalDate housedOn, LocalDate revokedOn, LocalDate movedOn) {

        /** A placement whose persons have not moved on. */
        public Placement(int persons, LocalDate housedOn, LocalDate revokedOn) {
            this(persons, housedOn, revokedOn, null);
        }

        boolean occupiesOn(LocalDate date) {
            return !housedOn.isAfter(date) && before(date, revokedOn) && before(date, movedOn);
        }

        private static boolean before(LocalDate date, LocalDate end) {
            return end == null || date.isBefore(end);
        }
    }

    /**
     * The unit on one date. {@code occupied} and {@code free} count what {@code capacity} counts (persons, or rooms for
     * SHARED); {@code residents} are the persons placed in it.
     */
    public record Snapshot(LocalDate date, boolean inStock, int capacity, int occupied, int free, int residents,
                           int placements) {
    }

    private final UnitType type;
    private final int capacity;
    private final LocalDate retiredOn;
    private final List<Placement> placements;

    private Occupancy(UnitType type, int capacity, LocalDate retiredOn, List<Placement> placements) {
        this.type = type;
        this.capacity = capacity;
        this.retiredOn = retiredOn;
        this.placements = placements;
    }

    /** @param retiredOn the retirement date, or null while the unit is in the stock */
    public static Occupancy of(UnitType type, int capacity, LocalDate retiredOn, Collection<Placement> placements) {
        return new Occupancy(type, capacity, retiredOn, List.copyOf(placements));
    }

    public Snapshot on(LocalDate date) {
        List<Placement> current = placements.stream()
                .filter(p -> retiredOn == null || p.housedOn().isBefore(retiredOn))
                .filter(p -> p.occupiesOn(date))
                .toList();
        int residents = current.stream().mapToInt(Placement::persons).sum();
        int occupied = type.housesSeveralHouseholds() ? residents : current.isEmpty() ? 0 : capacity;
        boolean inStock = retiredOn == null || date.isBefore(retiredOn);
        int free = inStock ? Math.max(0, capacity - occupied) : 0;
        return new Snapshot(date, inStock, capacity, occupied, free, residents, current.size());
    }

    /** Once every recorded placement and revocation has taken effect: what a unit's availability is judged on. */
    public Snapshot eventually() {
        return on(LocalDate.MAX);
    }
}
