package nl.permitholders.placement.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import nl.permitholders.platform.audit.WriteLogEntry;
import nl.permitholders.platform.security.Caller;
import nl.permitholders.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of a coupling's or a municipality's audit trail as the API shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditEntryView(
        Instant at,
        @Schema(description = "who did it: the subject of the bearer token (for entries from before tokens, the name "
                + "the caller gave in X-Actor)")
        String actor,
        @Schema(description = "the role the write was admitted in: coa or municipality; absent for entries from before tokens")
        String actorRole,
        @Schema(description = "the municipality the actor acted for, when acting as a municipality")
        String actorMunicipality,
        AuditAction action,
        UUID couplingId,
        @Schema(description = "the coupling, offer, placement or reunification acted on")
        UUID subjectId,
        String reason,
        String details) {

    /** The platform's entry of a coupling write, in the words of placement's trail. */
    static AuditEntryView of(WriteLogEntry entry) {
        return new AuditEntryView(entry.at.toInstant(), entry.actor, entry.actorRole, actingMunicipality(entry),
                AuditAction.ofEvent(entry.action), entry.recordId, entry.actedOnId, entry.reason, entry.details);
    }

    private static String actingMunicipality(WriteLogEntry entry) {
        return Roles.MUNICIPALITY.equals(entry.actorRole) ? entry.actorTenant(Caller.MUNICIPALITY_CLAIM) : null;
    }
}
