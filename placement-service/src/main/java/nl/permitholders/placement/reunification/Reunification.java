package nl.permitholders.placement.reunification;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

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

    /** Persons and the last arrival of the family members who joined {@code placementId} in its temporary housing. */
    public static Uni<Joined> joined(UUID placementId) {
        return find("select coalesce(sum(r.persons), 0), max(r.arrivedOn) from Reunification r where r.joinedPlacementId = ?1",
                placementId).project(Joined.class).firstResult();
    }

    /** Family members who joined a placement in temporary housing: how many, and the last arrival (null: none). */
    public record Joined(long persons, LocalDate lastArrivedOn) {
    }
}
