package nl.permitholders.placement.coupling;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.permitholders.platform.api.ResourceNotFoundException;

@Entity
public class Coupling extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "coa_reference")
    public String coaReference;

    @Column(name = "municipality_code")
    public String municipalityCode;

    public int adults;
    public int minors;

    @Enumerated(EnumType.STRING)
    @Column(name = "household_type")
    public HouseholdType householdType;

    @Column(name = "permit_date")
    public LocalDate permitDate;

    @Column(name = "coupling_date")
    public LocalDate couplingDate;

    @Enumerated(EnumType.STRING)
    public CouplingStatus status;

    @Column(name = "registered_at")
    public Instant registeredAt;

    public int persons() {
        return adults + minors;
    }

    public static Uni<Coupling> findByCoaReference(String coaReference) {
        return find("coaReference", coaReference).firstResult();
    }

    /** The coupling, locked for the rest of the transaction so that concurrent placements are judged one by one. */
    public static Uni<Coupling> lockExisting(UUID id) {
        return Coupling.<Coupling>findById(id, LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(() -> new ResourceNotFoundException("No coupling with id " + id + "."));
    }
}
