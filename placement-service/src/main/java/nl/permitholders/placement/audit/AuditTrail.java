package nl.permitholders.placement.audit;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Records each write in the same transaction as the write itself. */
@ApplicationScoped
public class AuditTrail {

    public Uni<Void> record(String actor, UUID couplingId, AuditAction action, UUID subjectId, String reason, String details) {
        AuditEntry entry = new AuditEntry();
        entry.couplingId = couplingId;
        entry.action = action;
        entry.subjectId = subjectId;
        entry.actor = actor;
        entry.reason = reason;
        entry.details = details;
        entry.at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return entry.persist().replaceWithVoid();
    }
}
