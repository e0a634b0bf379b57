package nl.permitholders.placement.audit;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import nl.permitholders.placement.coupling.Coupling;

/** Records each write in the same transaction as the write itself. */
@ApplicationScoped
public class AuditTrail {

    public Uni<Void> record(Actor actor, Coupling coupling, AuditAction action, UUID subjectId, String reason, String details) {
        AuditEntry entry = new AuditEntry();
        entry.couplingId = coupling.id;
        entry.municipalityCode = coupling.municipalityCode;
        entry.action = action;
        entry.subjectId = subjectId;
        entry.actor = actor.name();
        entry.actorRole = actor.role();
        entry.actorMunicipality = actor.municipality();
        entry.reason = reason;
        entry.details = details;
        entry.at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return entry.persist().replaceWithVoid();
    }
}
