package nl.permitholders.placement.placement;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.permitholders.platform.api.ResourceNotFoundException;
import nl.permitholders.placement.unit.UnitType;

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

    /** Persons of the coupling housed by placements that are not revoked. */
    public static Uni<Integer> personsHoused(UUID couplingId) {
        return find("select coalesce(sum(p.persons), 0) from Placement p where p.couplingId = ?1 and p.revokedOn is null",
                couplingId).project(Long.class).firstResult().map(Long::intValue);
    }

    /** {@link #personsHoused} of each coupling; couplings with none are left out. */
    public static Uni<Map<UUID, Integer>> personsHoused(Collection<UUID> couplingIds) {
        if (couplingIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession().flatMap(session -> session.createSelectionQuery(
                        "select p.couplingId, sum(p.persons) from Placement p "
                                + "where p.couplingId in (:ids) and p.revokedOn is null group by p.couplingId", Object[].class)
                .setParameter("ids", couplingIds)
                .getResultList())
                .map(rows -> {
                    Map<UUID, Integer> housed = new HashMap<>();
                    rows.forEach(row -> housed.put((UUID) row[0], ((Number) row[1]).intValue()));
                    return housed;
                });
    }

    /** The first day on which persons of the coupling were housed by a placement that is not revoked; null if none. */
    /** The referent's placement: the coupling's first housed that is not revoked (of two housed the same day, the first recorded). */
    public static Uni<Placement> referent(UUID couplingId) {
        return find("couplingId = ?1 and revokedOn is null order by housedOn, recordedAt, id", couplingId).firstResult();
    }

    public static Uni<LocalDate> firstHousedOn(UUID couplingId) {
        return find("select min(p.housedOn) from Placement p where p.couplingId = ?1 and p.revokedOn is null", couplingId)
                .project(LocalDate.class).firstResult();
    }
}
