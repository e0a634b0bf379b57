package nl.permitholders.housingstock.occupancy;

import java.util.Arrays;
import java.util.List;
import nl.permitholders.housingstock.unit.Occupancy;
import nl.permitholders.housingstock.unit.UnitType;

/**
 * A municipality's units in the stock on a date, added up per type. Capacity, occupied and free count persons, and
 * rooms for SHARED dwellings (one single per room), so their totals count places for persons.
 */
public record FreeCapacity(Totals total, List<Totals> byType) {

    /** One unit's occupancy on the date, with its type. */
    public record UnitOnDate(UnitType type, Occupancy.Snapshot snapshot) {
    }

    /** {@code vacantUnits}: units of which nothing is occupied. */
    public record Totals(UnitType type, int units, int capacity, int occupied, int free, int vacantUnits) {

        static Totals of(UnitType type, List<UnitOnDate> units) {
            List<Occupancy.Snapshot> inStock = units.stream().map(UnitOnDate::snapshot).filter(Occupancy.Snapshot::inStock).toList();
            return new Totals(type, inStock.size(),
                    inStock.stream().mapToInt(Occupancy.Snapshot::capacity).sum(),
                    inStock.stream().mapToInt(Occupancy.Snapshot::occupied).sum(),
                    inStock.stream().mapToInt(Occupancy.Snapshot::free).sum(),
                    (int) inStock.stream().filter(s -> s.occupied() == 0).count());
        }
    }

    public static FreeCapacity of(List<UnitOnDate> units) {
        List<Totals> byType = Arrays.stream(UnitType.values())
                .map(type -> Totals.of(type, units.stream().filter(u -> u.type() == type).toList()))
                .filter(totals -> totals.units() > 0)
                .toList();
        return new FreeCapacity(Totals.of(null, units), byType);
    }
}
