package nl.permitholders.housingstock.occupancy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import nl.permitholders.housingstock.occupancy.ConsumedPlacementEvents.MovedToFollowUpHousing;
import nl.permitholders.housingstock.occupancy.ConsumedPlacementEvents.PlacementRecorded;
import nl.permitholders.housingstock.occupancy.ConsumedPlacementEvents.PlacementRevoked;
import nl.permitholders.housingstock.unit.OccupancyStore;
import nl.permitholders.housingstock.unit.Unit;
import nl.permitholders.housingstock.unit.UnitPlacement;
import nl.permitholders.platform.events.EventTypes;
import nl.permitholders.platform.events.IncomingEvent;
import nl.permitholders.platform.inbox.TopicConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Follows occupancy from placement.events, exactly once per event ({@link TopicConsumer}). Placements,
 * revocations and moves on to follow-up housing are stored as facts per placement, whatever order they arrive in and whether or not the unit is known
 * yet; the unit's availability is recomputed from all of them. Placement event types without a bearing on occupancy
 * are acknowledged and ignored; a newer version of one it applies is kept aside until a version that knows it runs.
 */
@ApplicationScoped
public class PlacementEventConsumer extends TopicConsumer {

    /** The types it applies; a newer version of one is kept aside until a version that knows it runs. */
    private static final EventTypes APPLIED = EventTypes.only(PlacementRecorded.TYPE, PlacementRevoked.TYPE, MovedToFollowUpHousing.TYPE);

    public PlacementEventConsumer() {
        super("placement-events");
    }

    @Inject
    ObjectMapper json;

    @Inject
    OccupancyStore occupancy;

    @Incoming("placement-events")
    public Uni<Void> onPlacementEvent(ConsumerRecord<String, String> record) {
        return consume(record);
    }

    @Override
    protected Uni<Void> apply(IncomingEvent event) {
        if (event.type().equals(PlacementRecorded.TYPE)) {
            PlacementRecorded e = event.data(json, PlacementRecorded.class);
            event.require(e.placementId(), e.municipalityCode(), e.persons(), e.housedOn());
            if (e.unitId() == null) {
                return Uni.createFrom().voidItem();
            }
            return record(e.placementId(), e.unitId(), e.municipalityCode(), e.persons(), e.housedOn(), null);
        }
        if (event.type().equals(PlacementRevoked.TYPE)) {
            PlacementRevoked e = event.data(json, PlacementRevoked.class);
            event.require(e.placementId(), e.municipalityCode(), e.persons(), e.housedOn(), e.revokedOn());
            return UnitPlacement.<UnitPlacement>findById(e.placementId()).flatMap(known -> {
                if (known == null && e.unitId() == null) {
                    return Uni.createFrom().voidItem();
                }
                UUID unitId = known != null ? known.unitId : e.unitId();
                return record(e.placementId(), unitId, e.municipalityCode(), e.persons(), e.housedOn(), e.revokedOn());
            });
        }
        if (event.type().equals(MovedToFollowUpHousing.TYPE)) {
            MovedToFollowUpHousing e = event.data(json, MovedToFollowUpHousing.class);
            event.require(e.placementId(), e.municipalityCode(), e.persons(), e.housedOn(), e.movedOn());
            // The placement was recorded before on the same partition (the municipality is the key); none here means
            // it named no unit, so there is no place to free.
            return UnitPlacement.<UnitPlacement>findById(e.placementId()).flatMap(known -> {
                if (known == null) {
                    return Uni.createFrom().voidItem();
                }
                known.movedOn = e.movedOn();
                return known.persist().chain(() -> Unit.lockIfRegistered(known.unitId))
                        .flatMap(unit -> unit == null ? Uni.createFrom().voidItem() : occupancy.refresh(unit));
            });
        }
        APPLIED.unknown(event);
        return Uni.createFrom().voidItem();
    }

    /** Stores what the event tells about the placement; a revocation that arrived first keeps its date. */
    private Uni<Void> record(UUID placementId, UUID unitId, String municipalityCode, int persons, LocalDate housedOn,
                             LocalDate revokedOn) {
        return UnitPlacement.<UnitPlacement>findById(placementId).flatMap(found -> {
            UnitPlacement placement = found != null ? found : new UnitPlacement();
            placement.placementId = placementId;
            placement.unitId = unitId;
            placement.municipalityCode = municipalityCode;
            placement.persons = persons;
            placement.housedOn = housedOn;
            if (revokedOn != null) {
                placement.revokedOn = revokedOn;
            }
            return placement.persist();
        }).chain(() -> Unit.lockIfRegistered(unitId))
                .flatMap(unit -> unit == null ? Uni.createFrom().voidItem() : occupancy.refresh(unit));
    }
}
