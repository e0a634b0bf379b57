package nl.permitholders.housingstock.capacity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.permitholders.platform.api.Violations;
import nl.permitholders.platform.period.Period;

/**
 * A project's plan: how many units it adds, how many places for permit holders among them, and how many of each it
 * is expected to deliver per half-year. The expected deliveries add up to the plan, one per half-year.
 */
public record CapacityPlan(ProjectType type, int units, int permitHolderPlaces, List<ExpectedDelivery> expectedDeliveries) {

    public record ExpectedDelivery(Period period, int units, int permitHolderPlaces) {
    }

    public CapacityPlan {
        expectedDeliveries = expectedDeliveries.stream()
                .sorted((a, b) -> a.period().compareTo(b.period()))
                .toList();
    }

    /** Every reason why this plan does not add up. */
    public Violations check() {
        Violations violations = new Violations();
        if (expectedDeliveries.isEmpty()) {
            return violations.add("expectedDeliveries", "must name at least one half-year with its expected delivery");
        }
        Set<Period> periods = new HashSet<>();
        for (ExpectedDelivery delivery : expectedDeliveries) {
            violations.check(periods.add(delivery.period()), "expectedDeliveries",
                    "names " + delivery.period() + " more than once");
        }
        int expectedUnits = expectedDeliveries.stream().mapToInt(ExpectedDelivery::units).sum();
        int expectedPlaces = expectedDeliveries.stream().mapToInt(ExpectedDelivery::permitHolderPlaces).sum();
        violations.check(expectedUnits == units, "expectedDeliveries",
                "add up to " + expectedUnits + " units, but the project has " + units);
        violations.check(expectedPlaces == permitHolderPlaces, "expectedDeliveries",
                "add up to " + expectedPlaces + " places for permit holders, but the project has " + permitHolderPlaces);
        return violations;
    }

    /** Why this plan cannot stand next to what the project already delivered, or null when it can. */
    public String conflictWithDelivered(int deliveredUnits, int deliveredPlaces) {
        if (deliveredUnits > units || deliveredPlaces > permitHolderPlaces) {
            return "the project already delivered " + deliveredUnits + " units with " + deliveredPlaces
                    + " places for permit holders, more than this plan's " + units + " units with " + permitHolderPlaces;
        }
        return null;
    }
}
