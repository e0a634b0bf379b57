package nl.permitholders.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.permitholders.platform.api.EventTooLargeException;
import nl.permitholders.platform.audit.AuditNote;
import nl.permitholders.platform.audit.WriteLogStore;
import nl.permitholders.platform.persistence.ValuesRows;
import nl.permitholders.platform.tracing.EventTracing;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Appends events to the outbox inside the caller's transaction, so an event exists if and only if the state change it
 * describes was committed, and records in the write log ({@link WriteLogStore}) who made the change. Call it within
 * {@link OutboxTransaction#run}, which hands the events to the relay once the transaction has committed.
 */
@ApplicationScoped
public class Outbox {

    /** One event of {@link #appendAll}: its subject (the municipality code, also the Kafka key) and its data. */
    public record Event(String subject, Object data) {
    }

    /**
     * One event of {@link #appendAll(List)}, a write of many kinds of events (a bulk import): its type, subject and data,
     * and what its part of the write tells the audit trail.
     */
    public record NotedEvent(String type, String subject, Object data, AuditNote note) {
    }

    @Inject
    ObjectMapper json;

    @Inject
    OutboxStore store;

    @Inject
    WriteLogStore writeLog;

    @Inject
    OutboxPublisher publisher;

    @ConfigProperty(name = "events.source")
    String source;

    /**
     * @param type    the CloudEvents type, e.g. {@code nl.permitholders.quota.quota-set.v1}
     * @param subject the CloudEvents subject and Kafka record key: the municipality (or province) code
     * @param data    the event data, serialised as JSON
     * @return the event's id; fails with {@link EventTooLargeException} when the producer could never send it
     */
    public Uni<UUID> append(String type, String subject, Object data) {
        return append(type, subject, data, null);
    }

    /** As {@link #append(String, String, Object)}, with what the write tells its audit entry. */
    public Uni<UUID> append(String type, String subject, Object data, AuditNote note) {
        return append(null, type, subject, data, note);
    }

    /**
     * As {@link #append(String, String, Object)}, for a write on the reactive SQL client: through {@code db}, the
     * connection {@link OutboxTransaction#runOnConnection} gives the write.
     */
    public Uni<UUID> append(SqlClient db, String type, String subject, Object data) {
        return append(db, type, subject, data, null);
    }

    private Uni<UUID> append(SqlClient db, String type, String subject, Object data, AuditNote note) {
        EventTracing.Stored trace = EventTracing.current();
        return Uni.createFrom().item(() -> event(type, subject, data, now(), trace))
                .flatMap(event -> insert(db, List.of(event), java.util.Collections.singletonList(note)).replaceWith(event.eventId()));
    }

    /**
     * Many events of one type in as few statements as possible (a VERA batch of 10,000 allocations would take seconds
     * one statement at a time), with the same rows and the same audit trail as {@link #append}. Every event is checked
     * before any is stored: one too large refuses them all.
     */
    public Uni<Void> appendAll(String type, List<Event> events) {
        EventTracing.Stored trace = EventTracing.current();
        return Uni.createFrom().item(() -> {
            OffsetDateTime now = now();
            List<OutboxEvent> rows = new ArrayList<>(events.size());
            events.forEach(e -> rows.add(event(type, e.subject(), e.data(), now, trace)));
            return rows;
        }).flatMap(rows -> {
            Uni<Void> all = Uni.createFrom().voidItem();
            for (List<OutboxEvent> chunk : ValuesRows.chunks(rows)) {
                all = all.chain(() -> insert(null, chunk, java.util.Collections.nCopies(chunk.size(), (AuditNote) null)));
            }
            return all;
        });
    }

    /**
     * Events of several types, each with its own audit note, in as few statements as {@link #appendAll(String, List)}; in
     * the order given, which is the order they are published in. Every event is checked before any is stored.
     *
     * @return the events' ids, in the same order
     */
    public Uni<List<UUID>> appendAll(List<NotedEvent> events) {
        EventTracing.Stored trace = EventTracing.current();
        return Uni.createFrom().item(() -> {
            OffsetDateTime now = now();
            List<OutboxEvent> rows = new ArrayList<>(events.size());
            events.forEach(e -> rows.add(event(e.type(), e.subject(), e.data(), now, trace)));
            return rows;
        }).flatMap(rows -> {
            List<AuditNote> notes = events.stream().map(NotedEvent::note).toList();
            Uni<Void> all = Uni.createFrom().voidItem();
            int from = 0;
            for (List<OutboxEvent> chunk : ValuesRows.chunks(rows)) {
                List<AuditNote> chunkNotes = notes.subList(from, from + chunk.size());
                from += chunk.size();
                all = all.chain(() -> insert(null, chunk, chunkNotes));
            }
            return all.replaceWith(() -> rows.stream().map(OutboxEvent::eventId).toList());
        });
    }

    /** The rows and their audit entries, through {@code db} or, when null, the write's Hibernate session. */
    private Uni<Void> insert(SqlClient db, List<OutboxEvent> events, List<AuditNote> notes) {
        return store.insert(db, events)
                .call(() -> writeLog.recordEvents(db, events.stream().map(event -> new WriteLogStore.Written(event.eventId(),
                        event.type(), event.subject(), event.occurredAt())).toList(), notes))
                .invoke(() -> AppendedEvents.add(events));
    }

    /** The row of an event, refused ({@link EventTooLargeException}) when the producer could never send it. */
    private OutboxEvent event(String type, String subject, Object data, OffsetDateTime at, EventTracing.Stored trace) {
        OutboxEvent event = new OutboxEvent(UUID.randomUUID(), type, source, subject, subject, serialise(data), at, trace);
        publisher.requireSendable(event);
        return event;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    private String serialise(Object data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event data cannot be written as JSON: " + data.getClass().getSimpleName(), e);
        }
    }
}
