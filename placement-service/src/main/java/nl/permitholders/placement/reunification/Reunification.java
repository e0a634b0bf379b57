package nl.permitholders.placement.reunification;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.permitholders.platform.api.ResourceNotFoundException;

/** Family members who arrived to join a housed referent (R5); counts only (R9). */
@Entity
public class Reunification extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "coupling_id")
    public UUID couplingId;

    @Column(name = "municipality_code")
    public String municipalityCode;

    public int persons;

    @Column(name = "arrived_on")
    public LocalDate arrivedOn;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    /** Whether they joined the referent in temporary housing and so need follow-up housing too ({@link ReunificationRule}). */
    @Column(name = "temporary_housing")
    public boolean temporary;

    /** The referent's placement in temporary housing they joined; null when they joined none. */
    @Column(name = "joined_placement_id")
    public UUID joinedPlacementId;

    /** The reunification, in this coupling; 404 otherwise. */
    public static Uni<Reunification> findIn(UUID couplingId, UUID id) {
        return Reunification.<Reunification>find("id = ?1 and couplingId = ?2", id, couplingId).firstResult()
                .onItem().ifNull().failWith(() -> new ResourceNotFoundException("No reunification " + id + " in coupling " + couplingId + "."));
    }

    /** The coupling's reunifications, oldest first. */
    public static PanacheQuery<Reunification> ofCoupling(UUID couplingId) {
        return find("couplingId", Sort.by("arrivedOn").and("recordedAt"), couplingId);
    }
}
