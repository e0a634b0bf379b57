package nl.permitholders.placement.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of an audit trail as the API shows it. */
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

    static AuditEntryView of(AuditEntry e) {
        return new AuditEntryView(e.at, e.actor, e.actorRole, e.actorMunicipality, e.action, e.couplingId, e.subjectId,
                e.reason, e.details);
    }
}
