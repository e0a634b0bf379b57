package nl.permitholders.placement.placement;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.permitholders.placement.unit.UnitType;
import nl.permitholders.platform.api.ResourceNotFoundException;

/** Persons of a coupling housed on a date (R5), possibly in a known unit. A revoked placement stays, and stops counting. */
@Entity
public class Placement extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "coupling_id")
    public UUID couplingId;

    @Column(name = "municipality_code")
    public String municipalityCode;

    public int persons;

    @Column(name = "housed_on")
    public LocalDate housedOn;

    @Column(name = "unit_id")
    public UUID unitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_type")
    public UnitType unitType;

    /**
     * Whether its persons are in temporary housing and still need follow-up housing ({@link FollowUpHousing}), decided
     * when it was recorded; null when the kind of housing is unknown.
     */
    @Column(name = "temporary_housing")
    public Boolean temporary;

    /** The day its persons moved on from temporary housing to follow-up housing; null while they have not. */
    @Column(name = "moved_on")
    public LocalDate movedOn;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "revoked_on")
    public LocalDate revokedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "revocation_reason")
    public RevocationReason revocationReason;

    /** Why, in words; kept here and in the audit trail, never published (R9). */
    @Column(name = "revocation_explanation")
    public String revocationExplanation;

    public boolean isRevoked() {
        return revokedOn != null;
    }

    /** The placement, in this coupling; 404 otherwise. */
    public static Uni<Placement> findIn(UUID couplingId, UUID id) {
        return Placement.<Placement>find("id = ?1 and couplingId = ?2", id, couplingId).firstResult()
                .onItem().ifNull().failWith(() -> new ResourceNotFoundException("No placement " + id + " in coupling " + couplingId + "."));
    }

    /** The referent's placement: the coupling's first housed that is not revoked (of two housed the same day, the first recorded). */
    public static Uni<Placement> referent(UUID couplingId) {
        return find("couplingId = ?1 and revokedOn is null order by housedOn, recordedAt, id", couplingId).firstResult();
    }

    /** The coupling's placements, oldest first. */
    public static PanacheQuery<Placement> ofCoupling(UUID couplingId) {
        return find("couplingId", Sort.by("housedOn").and("recordedAt"), couplingId);
    }
}
