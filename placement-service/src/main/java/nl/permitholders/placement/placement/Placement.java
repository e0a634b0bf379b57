package nl.permitholders.placement.placement;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

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

    @Column(name = "recorded_at")
    public Instant recordedAt;

    public static Uni<Integer> personsPlaced(UUID couplingId) {
        return find("select coalesce(sum(p.persons), 0) from Placement p where p.couplingId = ?1", couplingId)
                .project(Long.class).firstResult()
                .map(Long::intValue);
    }
}
