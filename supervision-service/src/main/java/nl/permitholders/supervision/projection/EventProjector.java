package nl.permitholders.supervision.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import nl.permitholders.platform.events.IncomingEvent;
import nl.permitholders.platform.events.UnreadableEventException;
import nl.permitholders.platform.inbox.ProcessedEvents;
import nl.permitholders.platform.period.Period;
import nl.permitholders.supervision.ledger.LedgerEntry;
import nl.permitholders.supervision.ledger.LedgerEntryRow;
import nl.permitholders.supervision.projection.ConsumedEvents.CouplingRegistered;
import nl.permitholders.supervision.projection.ConsumedEvents.MunicipalityRegistered;
import nl.permitholders.supervision.projection.ConsumedEvents.OpeningBalanceSet;
import nl.permitholders.supervision.projection.ConsumedEvents.PlacementRecorded;
import nl.permitholders.supervision.projection.ConsumedEvents.ProvinceRegistered;
import nl.permitholders.supervision.projection.ConsumedEvents.QuotaSet;
import nl.permitholders.supervision.reference.Municipality;
import nl.permitholders.supervision.reference.Province;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Applies one event to the projection, exactly once: the event id is recorded in the same transaction as its
 * effect, so a redelivery changes nothing. An event that can never be applied (not a CloudEvent, unknown type,
 * data missing) fails at once and goes to the dead-letter topic; a failure of the database is retried with
 * back-off first.
 */
@ApplicationScoped
public class EventProjector {

    @Inject
    ProcessedEvents processedEvents;

    @Inject
    ObjectMapper json;

    public Uni<Void> project(ConsumerRecord<String, String> record) {
        return Uni.createFrom().item(() -> IncomingEvent.from(record)).flatMap(this::project);
    }

    public Uni<Void> project(IncomingEvent event) {
        return Panache.withTransaction(() -> processedEvents.firstDelivery(event.id(), event.type())
                        .flatMap(first -> first ? apply(event) : Uni.createFrom().voidItem()))
                .onFailure(failure -> !(failure instanceof UnreadableEventException))
                .retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(10)).atMost(20);
    }

    private Uni<Void> apply(IncomingEvent event) {
        String type = event.type();
        if (type.equals(ProvinceRegistered.TYPE)) {
            ProvinceRegistered e = read(event, ProvinceRegistered.class);
            require(event, e.provinceCode(), e.name());
            return Province.<Province>findById(e.provinceCode()).flatMap(found -> {
                Province province = found != null ? found : new Province();
                province.code = e.provinceCode();
                province.name = e.name();
                return province.persist();
            }).replaceWithVoid();
        }
        if (type.equals(MunicipalityRegistered.TYPE)) {
            MunicipalityRegistered e = read(event, MunicipalityRegistered.class);
            require(event, e.municipalityCode(), e.name(), e.provinceCode());
            return Municipality.<Municipality>findById(e.municipalityCode()).flatMap(found -> {
                Municipality municipality = found != null ? found : new Municipality();
                municipality.code = e.municipalityCode();
                municipality.name = e.name();
                municipality.provinceCode = e.provinceCode();
                return municipality.persist();
            }).replaceWithVoid();
        }
        if (type.equals(QuotaSet.TYPE)) {
            QuotaSet e = read(event, QuotaSet.class);
            require(event, e.municipalityCode(), e.period(), e.persons(), e.version());
            return LedgerEntryRow.add(LedgerEntry.quota(event.id(), type, e.municipalityCode(), period(event, e.period()),
                    e.persons(), e.version()));
        }
        if (type.equals(OpeningBalanceSet.TYPE)) {
            OpeningBalanceSet e = read(event, OpeningBalanceSet.class);
            require(event, e.municipalityCode(), e.period(), e.backlog(), e.version());
            return LedgerEntryRow.add(LedgerEntry.openingBalance(event.id(), type, e.municipalityCode(),
                    period(event, e.period()), e.backlog(), e.version()));
        }
        if (type.equals(CouplingRegistered.TYPE)) {
            CouplingRegistered e = read(event, CouplingRegistered.class);
            require(event, e.couplingId(), e.municipalityCode(), e.persons(), e.couplingDate());
            return LedgerEntryRow.add(LedgerEntry.coupled(event.id(), type, e.municipalityCode(), e.couplingDate(),
                    e.persons(), e.couplingId().toString()));
        }
        if (type.equals(PlacementRecorded.TYPE)) {
            PlacementRecorded e = read(event, PlacementRecorded.class);
            require(event, e.placementId(), e.municipalityCode(), e.persons(), e.housedOn());
            return LedgerEntryRow.add(LedgerEntry.housed(event.id(), type, e.municipalityCode(), e.housedOn(),
                    e.persons(), e.placementId().toString()));
        }
        if (type.equals(ConsumedEvents.UNIT_REGISTERED)) {
            return Uni.createFrom().voidItem();
        }
        return Uni.createFrom().failure(new UnreadableEventException("event " + event.id() + " has an unknown type " + type));
    }

    private <T> T read(IncomingEvent event, Class<T> type) {
        try {
            return json.readValue(event.data(), type);
        } catch (JsonProcessingException e) {
            throw new UnreadableEventException("event " + event.id() + " (" + event.type() + ") has unreadable data: "
                    + e.getOriginalMessage(), e);
        }
    }

    private static void require(IncomingEvent event, Object... fields) {
        if (Arrays.stream(fields).anyMatch(Objects::isNull)) {
            throw new UnreadableEventException("event " + event.id() + " (" + event.type() + ") lacks required data");
        }
    }

    private static Period period(IncomingEvent event, String text) {
        try {
            return Period.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UnreadableEventException("event " + event.id() + " names no valid period: " + text, e);
        }
    }
}
