package nl.permitholders.housingstock.capacity;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.permitholders.platform.period.Period;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A municipality's planned capacity per half-year: what its projects expect to deliver, what they delivered (on the
 * delivery date's half-year), and in all what is still to come. Supervision forecasts with the expected figures.
 */
@Schema(requiredProperties = {"plannedUnits", "plannedPermitHolderPlaces", "deliveredUnits",
        "deliveredPermitHolderPlaces", "remainingUnits", "remainingPermitHolderPlaces", "halfYears"})
public record CapacityPipeline(int plannedUnits, int plannedPermitHolderPlaces, int deliveredUnits,
                               int deliveredPermitHolderPlaces, int remainingUnits, int remainingPermitHolderPlaces,
                               List<HalfYear> halfYears) {

    @Schema(requiredProperties = {"period", "expectedUnits", "expectedPermitHolderPlaces", "deliveredUnits",
            "deliveredPermitHolderPlaces"})
    public record HalfYear(String period, int expectedUnits, int expectedPermitHolderPlaces, int deliveredUnits,
                           int deliveredPermitHolderPlaces) {
    }

    /** A delivery, by the half-year of its date. */
    public record Delivered(Period period, int units, int permitHolderPlaces) {
    }

    private static final class Tally {
        int expectedUnits;
        int expectedPlaces;
        int deliveredUnits;
        int deliveredPlaces;
    }

    public static CapacityPipeline of(List<CapacityPlan> plans, List<Delivered> deliveries) {
        Map<Period, Tally> byPeriod = new TreeMap<>();
        int plannedUnits = 0;
        int plannedPlaces = 0;
        for (CapacityPlan plan : plans) {
            plannedUnits += plan.units();
            plannedPlaces += plan.permitHolderPlaces();
            for (CapacityPlan.ExpectedDelivery expected : plan.expectedDeliveries()) {
                Tally tally = byPeriod.computeIfAbsent(expected.period(), p -> new Tally());
                tally.expectedUnits += expected.units();
                tally.expectedPlaces += expected.permitHolderPlaces();
            }
        }
        int deliveredUnits = 0;
        int deliveredPlaces = 0;
        for (Delivered delivered : deliveries) {
            deliveredUnits += delivered.units();
            deliveredPlaces += delivered.permitHolderPlaces();
            Tally tally = byPeriod.computeIfAbsent(delivered.period(), p -> new Tally());
            tally.deliveredUnits += delivered.units();
            tally.deliveredPlaces += delivered.permitHolderPlaces();
        }
        List<HalfYear> halfYears = byPeriod.entrySet().stream()
                .map(e -> new HalfYear(e.getKey().toString(), e.getValue().expectedUnits, e.getValue().expectedPlaces,
                        e.getValue().deliveredUnits, e.getValue().deliveredPlaces))
                .toList();
        return new CapacityPipeline(plannedUnits, plannedPlaces, deliveredUnits, deliveredPlaces,
                plannedUnits - deliveredUnits, plannedPlaces - deliveredPlaces, halfYears);
    }
}
