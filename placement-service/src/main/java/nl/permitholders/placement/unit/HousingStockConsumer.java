package nl.permitholders.placement.unit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import nl.permitholders.placement.unit.HousingStockEvents.UnitRetired;
import nl.permitholders.placement.unit.HousingStockEvents.UnitStated;
import nl.permitholders.platform.events.EventTypes;
import nl.permitholders.platform.events.IncomingEvent;
import nl.permitholders.platform.events.LatestStatement;
import nl.permitholders.platform.events.UnreadableEventException;
import nl.permitholders.platform.inbox.TopicConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the known units from housing-stock.events, each event exactly once. Of a unit's registration and corrections,
 * the one written last stands, whatever order they arrive in (a publication that failed is sent again after later
 * ones). Other housing-stock event types (vacancies, allocations, plans) are not placement's business: they are
 * acknowledged and change nothing; a newer version of a unit event than it knows is kept aside until it knows it.
 */
@ApplicationScoped
public class HousingStockConsumer extends TopicConsumer {

    /** The types it applies; a newer version of one is kept aside until a version that knows it runs. */
    private static final EventTypes APPLIED = EventTypes.only(HousingStockEvents.UNIT_REGISTERED, HousingStockEvents.UNIT_CORRECTED,
            HousingStockEvents.UNIT_RETIRED);

    public HousingStockConsumer() {
        super("housing-stock-events");
    }

    @Inject
    ObjectMapper json;

    @Incoming("housing-stock-events")
    public Uni<Void> onHousingStockEvent(ConsumerRecord<String, String> record) {
        return consume(record);
    }

    @Override
    protected Uni<Void> apply(IncomingEvent event) {
        String type = event.type();
        if (type.equals(HousingStockEvents.UNIT_REGISTERED) || type.equals(HousingStockEvents.UNIT_CORRECTED)) {
            UnitStated e = event.data(json, UnitStated.class);
            event.require(e.unitId(), e.municipalityCode(), e.type(), e.capacity());
            if (e.capacity() < 1) {
                throw new UnreadableEventException("event " + event.id() + " (" + type + ") has capacity " + e.capacity());
            }
            return unit(e.unitId(), e.municipalityCode()).flatMap(unit -> {
                if (!LatestStatement.replaces(event.time(), unit.statedAt)) {
                    // Written before the description the unit has: delivered late, it changes nothing, not even
                    // the municipality (a unit moved to another municipality travels on another partition).
                    return Uni.createFrom().voidItem();
                }
                unit.statedAt = event.time();
                unit.municipalityCode = e.municipalityCode();
                unit.type = e.type();
                unit.capacity = e.capacity();
                unit.temporaryUntil = e.temporaryUntil();
                unit.wheelchairAccessible = Boolean.TRUE.equals(e.wheelchairAccessible());
                return unit.persist();
            }).replaceWithVoid();
        }
        if (type.equals(HousingStockEvents.UNIT_RETIRED)) {
            UnitRetired e = event.data(json, UnitRetired.class);
            event.require(e.unitId(), e.municipalityCode(), e.retiredOn());
            return unit(e.unitId(), e.municipalityCode()).flatMap(unit -> {
                unit.retiredOn = e.retiredOn();
                return unit.persist();
            }).replaceWithVoid();
        }
        APPLIED.unknown(event);
        return Uni.createFrom().voidItem();
    }

    /**
     * The unit as known, or a new one in {@code municipalityCode}. A known unit keeps its municipality here: only a
     * statement that replaces its description may move it.
     */
    private static Uni<KnownUnit> unit(UUID id, String municipalityCode) {
        return KnownUnit.<KnownUnit>findById(id).map(found -> {
            KnownUnit unit = found != null ? found : new KnownUnit();
            if (found == null) {
                unit.id = id;
                unit.municipalityCode = municipalityCode;
            }
            unit.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            return unit;
        });
    }
}
