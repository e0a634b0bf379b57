package nl.permitholders.housingstock.capacity;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.permitholders.platform.api.ConflictException;

/**
 * A project's deliveries never exceed its plan: together they deliver at most the units and the places for permit
 * holders the project plans (re-plan first to deliver more). One delivery a day: the same day again with the same
 * figures is a repeat that changes nothing, with other figures it is refused.
 */
public final class DeliveryRule {

    private DeliveryRule() {
    }

    /** What a project delivered on a day: units, and places for permit holders among them. */
    public record Delivery(LocalDate deliveredOn, int units, int permitHolderPlaces) {
    }

    /**
     * @param plannedUnits  the units the project plans
     * @param plannedPlaces the places for permit holders it plans
     * @param delivered     what it delivered before
     * @param asked         the delivery to record
     * @return true when {@code asked} was recorded before (nothing to record), false when it is to be recorded
     * @throws ConflictException when the day was recorded with other figures, or the deliveries would exceed the plan
     */
    public static boolean isRepeat(UUID project, int plannedUnits, int plannedPlaces, List<Delivery> delivered, Delivery asked) {
        for (Delivery before : delivered) {
            if (before.deliveredOn().equals(asked.deliveredOn())) {
                if (before.units() != asked.units() || before.permitHolderPlaces() != asked.permitHolderPlaces()) {
                    throw new ConflictException("Project " + project + " already delivered " + before.units() + " units with "
                            + before.permitHolderPlaces() + " places for permit holders on " + before.deliveredOn() + ".");
                }
                return true;
            }
        }
        int units = delivered.stream().mapToInt(Delivery::units).sum() + asked.units();
        int places = delivered.stream().mapToInt(Delivery::permitHolderPlaces).sum() + asked.permitHolderPlaces();
        if (units > plannedUnits || places > plannedPlaces) {
            throw new ConflictException("Project " + project + " plans " + plannedUnits + " units with " + plannedPlaces
                    + " places for permit holders; with this delivery it would have delivered " + units + " units with "
                    + places + ". Re-plan the project first.");
        }
        return false;
    }
}
