package nl.permitholders.housingstock.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Appends many events of one type to the transactional outbox in a single statement, inside the caller's
 * transaction: the rows {@code Outbox.append} writes one statement at a time, which for a VERA batch of 10,000
 * allocations alone took seconds. Same table, columns and values as the platform's Outbox, where this belongs
 * (as {@code Outbox.appendAll}).
 */
@ApplicationScoped
public class BatchOutbox {

    private static final String INSERT = "INSERT INTO outbox_event "
            + "(event_id, type, source, subject, partition_key, payload, occurred_at) VALUES ";
    private static final int COLUMNS = 7;
    /** Rows per statement, well inside PostgreSQL's 65,535 parameters. */
    private static final int ROWS_PER_STATEMENT = 1000;

    /** One event: its subject (the municipality code, also the Kafka key) and its data. */
    public record Event(String subject, Object data) {
    }

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "events.source")
    String source;

    public Uni<Void> appendAll(String type, List<Event> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        if (events.size() > ROWS_PER_STATEMENT) {
            return insert(type, events.subList(0, ROWS_PER_STATEMENT))
                    .chain(() -> appendAll(type, events.subList(ROWS_PER_STATEMENT, events.size())));
        }
        return insert(type, events);
    }

    private Uni<Void> insert(String type, List<Event> events) {
        StringBuilder sql = new StringBuilder(INSERT);
        for (int row = 0; row < events.size(); row++) {
            sql.append(row == 0 ? "(" : ", (");
            for (int column = 1; column <= COLUMNS; column++) {
                sql.append(column == 1 ? "?" : ", ?").append(row * COLUMNS + column);
            }
            sql.append(')');
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        return Panache.getSession().flatMap(session -> {
            var insert = session.createNativeQuery(sql.toString());
            for (int row = 0; row < events.size(); row++) {
                Event event = events.get(row);
                int first = row * COLUMNS;
                insert.setParameter(first + 1, UUID.randomUUID())
                        .setParameter(first + 2, type)
                        .setParameter(first + 3, source)
                        .setParameter(first + 4, event.subject())
                        .setParameter(first + 5, event.subject())
                        .setParameter(first + 6, serialise(event.data()))
                        .setParameter(first + 7, now);
            }
            return insert.executeUpdate();
        }).replaceWithVoid();
    }

    private String serialise(Object data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event data cannot be written as JSON: " + data.getClass().getSimpleName(), e);
        }
    }
}
