package nl.permitholders.housingstock.unit;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "unit")
public class Unit extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "external_id")
    public String externalId;

    @Column(name = "owner_id")
    public String ownerId;

    @Column(name = "municipality_code")
    public String municipalityCode;

    @Enumerated(EnumType.STRING)
    public UnitType type;

    public int capacity;

    @Column(name = "registered_at")
    public Instant registeredAt;

    /** The unit this owner registered under its own id, or null. */
    public static Uni<Unit> findByOwner(String ownerId, String externalId) {
        return Unit.<Unit>find("ownerId = ?1 and externalId = ?2", ownerId, externalId).firstResult();
    }
}
