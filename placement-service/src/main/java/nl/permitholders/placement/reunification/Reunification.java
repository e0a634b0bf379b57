package nl.permitholders.placement.reunification;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
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
}
