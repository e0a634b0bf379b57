package nl.permitholders.placement.audit;

import java.util.Arrays;
import nl.permitholders.placement.events.PlacementEvents.CouplingCancelled;
import nl.permitholders.placement.events.PlacementEvents.CouplingCorrected;
import nl.permitholders.placement.events.PlacementEvents.CouplingRegistered;
import nl.permitholders.placement.events.PlacementEvents.MovedToFollowUpHousing;
import nl.permitholders.placement.events.PlacementEvents.OfferDeclined;
import nl.permitholders.placement.events.PlacementEvents.PlacementRecorded;
import nl.permitholders.placement.events.PlacementEvents.PlacementRevoked;
import nl.permitholders.placement.events.PlacementEvents.ReunificationArrived;
import nl.permitholders.placement.events.PlacementEvents.UnitOffered;

/**
 * What was done to a coupling or to one of its offers, placements or reunifications, as its audit trail names it: one
 * for each event a write publishes, as the trail keeps the event's type.
 */
public enum AuditAction {
    COUPLING_REGISTERED(CouplingRegistered.TYPE),
    COUPLING_CORRECTED(CouplingCorrected.TYPE),
    COUPLING_CANCELLED(CouplingCancelled.TYPE),
    UNIT_OFFERED(UnitOffered.TYPE),
    OFFER_DECLINED(OfferDeclined.TYPE),
    PLACEMENT_RECORDED(PlacementRecorded.TYPE),
    PLACEMENT_REVOKED(PlacementRevoked.TYPE),
    MOVED_TO_FOLLOW_UP_HOUSING(MovedToFollowUpHousing.TYPE),
    REUNIFICATION_ARRIVED(ReunificationArrived.TYPE);

    private final String eventType;

    AuditAction(String eventType) {
        this.eventType = eventType;
    }

    /** The action of a write that published {@code eventType}; null for a type no coupling write publishes. */
    public static AuditAction ofEvent(String eventType) {
        return Arrays.stream(values()).filter(action -> action.eventType.equals(eventType)).findFirst().orElse(null);
    }
}
