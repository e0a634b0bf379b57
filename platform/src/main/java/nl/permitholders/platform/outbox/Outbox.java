package nl.permitholders.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import nl.permitholders.platform.audit.WriteLog;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Appends an event to the outbox inside the caller's transaction, so the event exists if and only if the state
 * change it describes was committed, and records in the {@link WriteLog} who made the change. Call it within
 * {@link OutboxTransaction#run}.
 */
@ApplicationScoped
public class Outbox {

    private static final String INSERT = "INSERT INTO outbox_event "
            + "(event_id, type, source, subject, partition_key, payload, occurred_at) "
            + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";

    @Inject
    ObjectMapper json;

    @Inject
    WriteLog writeLog;

    @ConfigProperty(name = "events.source")
    String source;

    /**
     * @param type    the CloudEvents type, e.g. {@code nl.permitholders.quota.quota-set.v1}
     * @param subject the CloudEvents subject and Kafka record key: the municipality (or province) code
     * @param data    the event data, serialised as JSON
     */
    public Uni<UUID> append(String type, String subject, Object data) {
        UUID eventId = UUID.randomUUID();
        String payload = serialise(data);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        return Panache.getSession().flatMap(session -> session.createNativeQuery(INSERT)
                .setParameter(1, eventId)
                .setParameter(2, type)
                .setParameter(3, source)
                .setParameter(4, subject)
                .setParameter(5, subject)
                .setParameter(6, payload)
                .setParameter(7, now)
                .executeUpdate())
                .call(() -> writeLog.recordEvent(eventId, type, subject, now))
                .replaceWith(eventId);
    }

    private String serialise(Object data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event data cannot be written as JSON: " + data.getClass().getSimpleName(), e);
        }
    }
}
