package nl.permitholders.platform.audit;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import nl.permitholders.platform.persistence.ValuesRows;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The audit trail every service keeps: for each event a write appends to the outbox, who made the write (from the
 * verified bearer token, never from what the caller says about itself), through which request, and when. Recorded in
 * the write's own transaction, so there is no write without its entry. Every write of every service publishes an
 * event, so this covers every write; a write that changes nothing publishes nothing and leaves no entry. Read through
 * {@link AuditTrails}.
 */
@ApplicationScoped
public class WriteLogStore {

    /** The actor of writes made outside any request, e.g. while consuming events. */
    public static final String SYSTEM = "system";

    /** Between the claim and its value in {@code actor_tenant}, e.g. {@code municipality:GM0141}. */
    static final String TENANT_SEPARATOR = ":";

    private static final String INSERT_MANY = "INSERT INTO write_log (event_id, action, subject, actor, actor_roles, "
            + "actor_tenant, operation, at, actor_role, record_id, acted_on_id, reason, details) VALUES ";
    private static final int COLUMNS = 13;
    private static final AuditNote NO_NOTE = new AuditNote(null, null, null, null, null);
    private static final String ACTOR_OF_WRITE = WriteLogStore.class.getName() + ".actor";
    private static final String[] TENANT_CLAIMS = {"municipality", "province", "corporation"};

    @Inject
    Instance<JsonWebToken> token;

    @Inject
    Instance<CurrentVertxRequest> request;

    /** An event a write appended, as its entry records it: the event, its type, its subject and when. */
    public record Written(UUID eventId, String action, String subject, OffsetDateTime at) {
    }

    /**
     * Runs a write attributed to the caller as it is now, when the write starts and its request is certainly still
     * there: a write can outlive its request (its caller went away), and the token cannot be read after that.
     */
    public <T> Uni<T> attributing(Supplier<Uni<T>> write) {
        Context context = Vertx.currentContext();
        if (context == null || context.getLocal(ACTOR_OF_WRITE) != null) {
            return write.get(); // outside a request, or inside a write attributed already: that attribution stands
        }
        return attributing(currentActor(), write);
    }

    /**
     * Runs a write attributed to {@code actor}, one {@link #actor()} read earlier: a write made later on a caller's behalf
     * (an import processed after its request was answered) is the caller's, not the system's. Writes inside it keep it.
     */
    public <T> Uni<T> attributing(Actor actor, Supplier<Uni<T>> write) {
        Context context = Vertx.currentContext();
        if (context == null) {
            return write.get();
        }
        context.putLocal(ACTOR_OF_WRITE, actor);
        return write.get().eventually(() -> context.removeLocal(ACTOR_OF_WRITE));
    }

    /** The caller as the audit trail names it, to attribute a write made later on its behalf. */
    public Actor actor() {
        return currentActor();
    }

    /**
     * Records who made the write that appended these events, one entry each, with what the write says of itself
     * (its {@code notes}, in the same order; a note may be null); the outbox calls it within the write's transaction:
     * through {@code db}, its connection, for a write on the reactive SQL client; through its Hibernate session when
     * {@code db} is null.
     */
    public Uni<Void> recordEvents(SqlClient db, List<Written> events, List<AuditNote> notes) {
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Actor actor = actorOfWrite();
        List<Object> values = new ArrayList<>(events.size() * COLUMNS);
        for (int row = 0; row < events.size(); row++) {
            Written event = events.get(row);
            AuditNote note = notes.get(row) == null ? NO_NOTE : notes.get(row);
            values.addAll(Arrays.asList(event.eventId(), event.action(), event.subject(), actor.name(), actor.roles(), actor.tenant(),
                    actor.operation(), event.at(), note.actorRole(), note.recordId(), note.actedOnId(), note.reason(), note.details()));
        }
        if (db != null) {
            return db.preparedQuery(INSERT_MANY + ValuesRows.ofSqlClient(events.size(), COLUMNS)).execute(Tuple.from(values))
                    .replaceWithVoid();
        }
        String sql = INSERT_MANY + ValuesRows.of(events.size(), COLUMNS);
        return Panache.getSession().flatMap(session -> {
                    var insert = session.createNativeQuery(sql);
                    for (int i = 0; i < values.size(); i++) {
                        insert.setParameter(i + 1, values.get(i));
                    }
                    return insert.executeUpdate();
                })
                .replaceWithVoid();
    }

    /**
     * A write that publishes no event, attributed to the caller as it is now (call it while the request is there), to
     * record in the write's own transaction with {@link Change#recordIn}: for writes kept with the reactive SQL client
     * rather than through the outbox (a partner's webhook subscriptions). {@code action} names the change, e.g.
     * {@code webhook-subscription-created}; {@code subject} is whose trail it belongs to.
     */
    public Change change(String action, String subject, AuditNote note) {
        return new Change(action, subject, actorOfWrite(), note == null ? NO_NOTE : note);
    }

    /** A change without an event, its actor known, waiting to be recorded in its write's transaction. */
    public static final class Change {

        private static final String INSERT_ONE = INSERT_MANY + "(NULL, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)";

        private final String action;
        private final String subject;
        private final Actor actor;
        private final AuditNote note;

        private Change(String action, String subject, Actor actor, AuditNote note) {
            this.action = action;
            this.subject = subject;
            this.actor = actor;
            this.note = note;
        }

        /** Records it through {@code db}, the connection of the write's transaction. */
        public Uni<Void> recordIn(io.vertx.mutiny.sqlclient.SqlClient db) {
            return db.preparedQuery(INSERT_ONE).execute(io.vertx.mutiny.sqlclient.Tuple.from(java.util.Arrays.asList(action, subject,
                    actor.name(), actor.roles(), actor.tenant(), actor.operation(),
                    OffsetDateTime.now(java.time.ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.MICROS),
                    note.actorRole(), note.recordId(), note.actedOnId(), note.reason(), note.details()))).replaceWithVoid();
        }

        /** Who made it: the token's name, or {@link #SYSTEM}. */
        public String actor() {
            return actor.name();
        }
    }

    private Actor actorOfWrite() {
        Context context = Vertx.currentContext();
        Actor attributed = context == null ? null : context.getLocal(ACTOR_OF_WRITE);
        return attributed != null ? attributed : currentActor();
    }

    private Actor currentActor() {
        if (!Arc.container().requestContext().isActive()) {
            return new Actor(SYSTEM, null, null, null);
        }
        JsonWebToken jwt = token.get();
        String name = jwt.getName() != null ? jwt.getName() : jwt.getSubject();
        String roles = jwt.getGroups() == null || jwt.getGroups().isEmpty() ? null : String.join(",", new TreeSet<>(jwt.getGroups()));
        return new Actor(name == null ? SYSTEM : name, roles, tenant(jwt), operation());
    }

    private static String tenant(JsonWebToken jwt) {
        for (String claim : TENANT_CLAIMS) {
            Object value = jwt.getClaim(claim);
            if (value != null) {
                return claim + TENANT_SEPARATOR + value.toString().replace("\"", "");
            }
        }
        return null;
    }

    private String operation() {
        RoutingContext current = request.get().getCurrent();
        return current == null ? null : current.request().method() + " " + current.request().path();
    }

    /**
     * Who made a write: the token's subject, its roles (comma-separated), its tenant ({@code municipality:GM0141}) and the
     * request ({@code POST /path}); all but the name may be null.
     */
    public record Actor(String name, String roles, String tenant, String operation) {
    }
}
