package nl.permitholders.placement.audit;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One write to a coupling: who did what, when and why. Never changed or deleted. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "coupling_id")
    public UUID couplingId;

    /** The coupling's municipality (it never changes), so that a municipality's trail is one indexed query. */
    @Column(name = "municipality_code")
    public String municipalityCode;

    @Enumerated(EnumType.STRING)
    public AuditAction action;

    /** The coupling, offer, placement or reunification acted on. */
    @Column(name = "subject_id")
    public UUID subjectId;

    /** The token's subject; before tokens, the name the caller gave itself in X-Actor. */
    public String actor;

    /** The role the write was admitted in; null for entries from before tokens. */
    @Column(name = "actor_role")
    public String actorRole;

    /** The municipality the actor acted for, when acting as a municipality. */
    @Column(name = "actor_municipality")
    public String actorMunicipality;

    public String reason;

    public String details;

    public Instant at;
}
