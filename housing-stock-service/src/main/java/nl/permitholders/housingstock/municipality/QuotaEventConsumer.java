package nl.permitholders.housingstock.municipality;

import nl.permitholders.platform.merger.Mergers;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import nl.permitholders.platform.events.EventTypes;
import nl.permitholders.platform.events.IncomingEvent;
import nl.permitholders.platform.events.LatestStatement;
import nl.permitholders.platform.inbox.TopicConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the municipality register from quota.events, exactly once per event. A registration may be repeated with a
 * corrected name, province or validity (a merger ends the merged ones); the one made last wins, by the events' time,
 * whatever order they arrive in. A merger is kept too: from its date the continuing municipality reaches the merged ones'
 * units, vacancies, allocations and projects (R3); a split too: from its date the split municipality's units go, one by
 * one, to the receiver each lies in ({@link nl.permitholders.housingstock.unit.UnitSplitRule}). Other quota event types are acknowledged and ignored; a newer version
 * of the two it applies is kept aside until a version that knows it runs.
 */
@ApplicationScoped
public class QuotaEventConsumer extends TopicConsumer {

    static final String MUNICIPALITY_REGISTERED = "nl.permitholders.quota.municipality-registered.v1";

    /** The fields of the event this service uses; unknown fields ignored (a tolerant reader). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record MunicipalityRegistered(String municipalityCode, String name, String provinceCode, LocalDate validFrom,
                                  LocalDate validUntil) {
    }

    /** The types it applies; a newer version of one is kept aside until a version that knows it runs. */
    private static final EventTypes APPLIED = EventTypes.only(MUNICIPALITY_REGISTERED, Mergers.MUNICIPALITIES_MERGED,
            Mergers.MUNICIPALITY_SPLIT);

    public QuotaEventConsumer() {
        super("quota-events");
    }

    @Inject
    ObjectMapper json;

    @Inject
    Mergers mergers;

    @Incoming("quota-events")
    public Uni<Void> onQuotaEvent(ConsumerRecord<String, String> record) {
        return consume(record);
    }

    @Override
    protected Uni<Void> apply(IncomingEvent event) {
        if (event.type().equals(Mergers.MUNICIPALITIES_MERGED) || event.type().equals(Mergers.MUNICIPALITY_SPLIT)) {
            return mergers.apply(event, json);
        }
        if (!event.type().equals(MUNICIPALITY_REGISTERED)) {
            APPLIED.unknown(event);
            return Uni.createFrom().voidItem();
        }
        MunicipalityRegistered e = event.data(json, MunicipalityRegistered.class);
        event.require(e.municipalityCode(), e.name(), e.provinceCode());
        return Municipality.<Municipality>findById(e.municipalityCode()).flatMap(found -> {
            if (found != null && !LatestStatement.replaces(event.time(), found.statedAt)) {
                return Uni.createFrom().voidItem(); // stated before the registration kept, delivered after it
            }
            Municipality municipality = found != null ? found : new Municipality();
            municipality.code = e.municipalityCode();
            municipality.name = e.name();
            municipality.provinceCode = e.provinceCode();
            municipality.validFrom = e.validFrom();
            municipality.validUntil = e.validUntil();
            municipality.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            municipality.statedAt = event.time();
            return municipality.persist().replaceWithVoid();
        });
    }
}
