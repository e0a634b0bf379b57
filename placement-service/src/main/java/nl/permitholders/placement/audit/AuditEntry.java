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

    @Enumerated(EnumType.STRING)
    public AuditAction action;

    /** The coupling, offer, placement or reunification acted on. */
    @Column(name = "subject_id")
    public UUID subjectId;

    public String actor;

    public String reason;

    public String details;

    public Instant at;
}
