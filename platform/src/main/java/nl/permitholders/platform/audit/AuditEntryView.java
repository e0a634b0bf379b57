package nl.permitholders.platform.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of a service's audit trail as the API shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "AuditEntry", requiredProperties = {"at", "actor", "operation", "action"})
public record AuditEntryView(
        OffsetDateTime at,
        @Schema(description = "who did it: the name or subject of the verified bearer token; `system` for writes the "
                + "service made itself")
        String actor,
        @Schema(description = "the roles of that token, comma-separated")
        String actorRoles,
        @Schema(description = "the tenant the token acts for: municipality, province or corporation claim")
        String actorTenant,
        @Schema(description = "the request that made the write, e.g. `PUT /quota/v1/municipalities/GM0141/quotas/2025-H1`")
        String operation,
        @Schema(description = "what the write changed: the CloudEvents type of the event it published")
        String action,
        @Schema(description = "the id of the event it published, to find it on the topic; absent when there is none")
        UUID eventId,
        @Schema(description = "the municipality or province the write was about")
        String subject,
        @Schema(description = "the role the write was admitted in, where the service records it")
        String actorRole,
        @Schema(description = "the record whose history the entry belongs to (e.g. a coupling), where the service records it")
        UUID recordId,
        @Schema(description = "what the write acted on: that record or one of its parts, where the service records it")
        UUID actedOnId,
        @Schema(description = "why, in the actor's words, where the write asks for a reason")
        String reason,
        @Schema(description = "what the write changed, in words, where the service records it")
        String details) {

    static AuditEntryView of(WriteLogEntry entry) {
        return new AuditEntryView(entry.at, entry.actor, entry.actorRoles, entry.actorTenant, entry.operation,
                entry.action, entry.eventId, entry.subject, entry.actorRole, entry.recordId, entry.actedOnId,
                entry.reason, entry.details);
    }
}
