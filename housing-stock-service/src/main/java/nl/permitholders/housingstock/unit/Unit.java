package nl.permitholders.housingstock.unit;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import nl.permitholders.housingstock.api.Filters;
import nl.permitholders.housingstock.api.TenantFact;
import nl.permitholders.platform.api.ResourceNotFoundException;

@Entity
@Table(name = "unit")
public class Unit extends TenantFact {

    @Column(name = "owner_id")
    public String ownerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_type")
    public OwnerType ownerType;

    @Column(name = "neighbourhood_code")
    public String neighbourhoodCode;

    @Enumerated(EnumType.STRING)
    public UnitType type;

    public int capacity;

    @Column(name = "monthly_rent")
    public BigDecimal monthlyRent;

    @Column(name = "temporary_until")
    public LocalDate temporaryUntil;

    @Column(name = "registered_at")
    public Instant registeredAt;

    @Column(name = "registered_by")
    public String registeredBy;

    @Column(name = "corrected_at")
    public Instant correctedAt;

    @Column(name = "corrected_by")
    public String correctedBy;

    @Column(name = "retired_on")
    public LocalDate retiredOn;

    @Column(name = "retirement_reason")
    public String retirementReason;

    @Column(name = "retired_by")
    public String retiredBy;

    /** See V2__unit_details_and_occupancy.sql: capacity taken once every recorded placement has taken effect. */
    public int occupied;

    @Override
    public String corporation() {
        return ownerId;
    }

    /** The unit this owner registered under its own id, or null. */
    public static Uni<Unit> findByOwner(String ownerId, String externalId) {
        return Unit.<Unit>find("ownerId = ?1 and externalId = ?2", ownerId, externalId).firstResult();
    }

    /** As {@link #findByOwner(String, String)}, locked for the rest of the transaction. */
    public static Uni<Unit> lockByOwner(String ownerId, String externalId) {
        return Unit.<Unit>find("ownerId = ?1 and externalId = ?2", ownerId, externalId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    /** The units this owner registered under these ids of its own. */
    public static Uni<List<Unit>> findByOwner(String ownerId, Collection<String> externalIds) {
        return Unit.list("ownerId = ?1 and externalId in ?2", ownerId, externalIds);
    }

    /** The unit, locked for the rest of the transaction so that changes to it and its occupancy are made one by one. */
    public static Uni<Unit> lockExisting(UUID id) {
        return lockIfRegistered(id).onItem().ifNull().failWith(() -> notRegistered(id));
    }

    /** As {@link #lockExisting}, but null when no such unit is registered. */
    public static Uni<Unit> lockIfRegistered(UUID id) {
        return Unit.findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public static ResourceNotFoundException notRegistered(UUID id) {
        return new ResourceNotFoundException("Unit " + id + " is not registered.");
    }

    public UnitDetails details() {
        return new UnitDetails(ownerType, municipalityCode, neighbourhoodCode, type, capacity, monthlyRent, temporaryUntil);
    }

    public void apply(UnitDetails details) {
        ownerType = details.ownerType();
        municipalityCode = details.municipalityCode();
        neighbourhoodCode = details.neighbourhoodCode();
        type = details.type();
        capacity = details.capacity();
        monthlyRent = details.monthlyRent();
        temporaryUntil = details.temporaryUntil();
    }

    public boolean isRetired() {
        return retiredOn != null;
    }

    /** The units matching a list's filters (its {@code TenantList}), in the order given. */
    public static PanacheQuery<Unit> matching(Filters filters, Sort sort) {
        return find(filters.query(), sort, filters.parameters());
    }

    /** Every unit registered in the municipality, retired or not. */
    public static Uni<List<Unit>> inMunicipality(String municipalityCode) {
        return list("municipalityCode", municipalityCode);
    }
}
