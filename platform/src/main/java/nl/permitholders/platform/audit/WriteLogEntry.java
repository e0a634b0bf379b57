package nl.permitholders.platform.audit;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One write as the audit trail keeps it: the event it produced and who made it. Written by {@link WriteLogStore} only. */
@Entity
@Immutable
@Table(name = "write_log")
public class WriteLogEntry extends PanacheEntityBase {

    private static final Sort NEWEST_FIRST = Sort.descending("id");

    @Id
    public Long id;

    /** The CloudEvents type of the event the write published, or the name of a change that publishes none. */
    public String action;

    /** The event the write published; null for a change that publishes none. */
    @Column(name = "event_id")
    public UUID eventId;

    /** The event's subject: the municipality (or province) the write was about. */
    public String subject;

    public String actor;

    @Column(name = "actor_roles")
    public String actorRoles;

    @Column(name = "actor_tenant")
    public String actorTenant;

    public String operation;

    public OffsetDateTime at;

    /** The role the write was admitted in; null unless the write said so. */
    @Column(name = "actor_role")
    public String actorRole;

    /** The record whose trail this entry belongs to (e.g. a coupling); null unless the write said so. */
    @Column(name = "record_id")
    public UUID recordId;

    /** What the write acted on: the record or one of its parts; null unless the write said so. */
    @Column(name = "acted_on_id")
    public UUID actedOnId;

    public String reason;

    public String details;

    /** The writes about one municipality or province, newest first. */
    public static PanacheQuery<WriteLogEntry> about(String subject) {
        return find("subject", NEWEST_FIRST, subject);
    }

    /** The history of one record ({@link AuditNote#recordId()}), oldest first. */
    public static PanacheQuery<WriteLogEntry> ofRecord(UUID recordId) {
        return find("recordId", Sort.ascending("id"), recordId);
    }

    /** Every write, newest first. */
    public static PanacheQuery<WriteLogEntry> newestFirst() {
        return findAll(NEWEST_FIRST);
    }

    /** The actor's tenant if it acted through claim {@code claim} (e.g. the code for {@code municipality}); else null. */
    public String actorTenant(String claim) {
        String prefix = claim + WriteLogStore.TENANT_SEPARATOR;
        return actorTenant != null && actorTenant.startsWith(prefix) ? actorTenant.substring(prefix.length()) : null;
    }
}
