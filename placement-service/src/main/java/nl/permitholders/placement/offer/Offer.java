package nl.permitholders.placement.offer;

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
import nl.permitholders.platform.api.ResourceNotFoundException;

/** A unit offered to a coupling for its persons not yet housed. */
@Entity
public class Offer extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "coupling_id")
    public UUID couplingId;

    @Column(name = "unit_id")
    public UUID unitId;

    @Column(name = "municipality_code")
    public String municipalityCode;

    public int persons;

    @Column(name = "offered_on")
    public LocalDate offeredOn;

    @Enumerated(EnumType.STRING)
    public OfferStatus status;

    /** When it was accepted, declined or withdrawn. */
    @Column(name = "closed_on")
    public LocalDate closedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "decline_reason")
    public DeclineReason declineReason;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    /** The offer, made to this coupling; 404 otherwise. */
    public static Uni<Offer> findIn(UUID couplingId, UUID offerId) {
        return Offer.<Offer>find("id = ?1 and couplingId = ?2", offerId, couplingId).firstResult()
                .onItem().ifNull().failWith(() -> new ResourceNotFoundException("No offer " + offerId + " to coupling " + couplingId + "."));
    }

    /** The coupling's offers, oldest first. */
    public static PanacheQuery<Offer> ofCoupling(UUID couplingId) {
        return find("couplingId", Sort.by("offeredOn").and("recordedAt"), couplingId);
    }

    public static Uni<Offer> findOpen(UUID couplingId) {
        return find("couplingId = ?1 and status = ?2", couplingId, OfferStatus.OPEN).firstResult();
    }

    public void close(OfferStatus outcome, LocalDate on) {
        status = outcome;
        closedOn = on;
    }
}
