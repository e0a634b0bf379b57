package nl.permitholders.platform.audit;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import nl.permitholders.platform.api.Page;
import nl.permitholders.platform.api.PageRequest;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The audit trail every service keeps: for each event a write appends to the outbox, who made the write (from the
 * verified bearer token, never from what the caller says about itself), through which request, and when. Recorded in
 * the write's own transaction, so there is no write without its entry. Every write of every service publishes an
 * event, so this covers every write; a write that changes nothing publishes nothing and leaves no entry.
 */
@ApplicationScoped
public class WriteLog {

    /** The actor of writes made outside any request, e.g. while consuming events. */
    public static final String SYSTEM = "system";

    private static final String INSERT = "INSERT INTO write_log "
            + "(event_id, action, subject, actor, actor_roles, actor_tenant, operation, at) "
            + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";
    private static final String ACTOR_OF_WRITE = WriteLog.class.getName() + ".actor";
    private static final String[] TENANT_CLAIMS = {"municipality", "province", "corporation"};

    @Inject
    Instance<JsonWebToken> token;

    @Inject
    Instance<CurrentVertxRequest> request;

    /**
     * Runs a write attributed to the caller as it is now, when the write starts and its request is certainly still
     * there: a write can outlive its request (its caller went away), and the token cannot be read after that.
     */
    public <T> Uni<T> attributing(Supplier<Uni<T>> write) {
        Context context = Vertx.currentContext();
        if (context == null) {
            return write.get();
        }
        context.putLocal(ACTOR_OF_WRITE, currentActor());
        return write.get().eventually(() -> context.removeLocal(ACTOR_OF_WRITE));
    }

    /** Records who made the write that appended this event; the outbox calls it within the write's transaction. */
    public Uni<Void> recordEvent(UUID eventId, String eventType, String subject, OffsetDateTime at) {
        return record(eventId, eventType, subject, at);
    }

    /**
     * Records a write that publishes no event (e.g. a population figure, which only quota-service uses); call within
     * the write's transaction.
     */
    public Uni<Void> recordChange(String action, String subject) {
        return record(null, action, subject, OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS));
    }

    private Uni<Void> record(UUID eventId, String action, String subject, OffsetDateTime at) {
        Context context = Vertx.currentContext();
        Actor attributed = context == null ? null : context.getLocal(ACTOR_OF_WRITE);
        Actor actor = attributed != null ? attributed : currentActor();
        return Panache.getSession().flatMap(session -> session.createNativeQuery(INSERT)
                        .setParameter(1, eventId)
                        .setParameter(2, action)
                        .setParameter(3, subject)
                        .setParameter(4, actor.name())
                        .setParameter(5, actor.roles())
                        .setParameter(6, actor.tenant())
                        .setParameter(7, actor.operation())
                        .setParameter(8, at)
                        .executeUpdate())
                .replaceWithVoid();
    }

    /** The writes about one municipality or province, newest first. */
    public Uni<Page<AuditEntryView>> about(String subject, PageRequest page) {
        return Page.mapped(() -> WriteLogEntry.<WriteLogEntry>find("subject", Sort.descending("id"), subject), page,
                AuditEntryView::of);
    }

    /** Every write, newest first. */
    public Uni<Page<AuditEntryView>> all(PageRequest page) {
        return Page.mapped(() -> WriteLogEntry.<WriteLogEntry>findAll(Sort.descending("id")), page, AuditEntryView::of);
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
                return claim + ":" + value.toString().replace("\"", "");
            }
        }
        return null;
    }

    private String operation() {
        RoutingContext current = request.get().getCurrent();
        return current == null ? null : current.request().method() + " " + current.request().path();
    }

    private record Actor(String name, String roles, String tenant, String operation) {
    }
}
