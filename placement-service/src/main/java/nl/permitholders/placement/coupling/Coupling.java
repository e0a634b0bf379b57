package nl.permitholders.placement.coupling;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.permitholders.platform.api.ResourceNotFoundException;

@Entity
public class Coupling extends PanacheEntityBase {

    /** Longest waiting first, as {@link nl.permitholders.placement.waiting.WaitingOrder}: permit date, then coupling date. */
    public static final Sort WAITING_ORDER = Sort.by("permitDate").and("couplingDate").and("coaReference");

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

    @Column(name = "expected_reunification_persons")
    public int expectedReunificationPersons;

    @Enumerated(EnumType.STRING)
    @Column(name = "reception_region")
    public ReceptionRegion receptionRegion;

    @Column(name = "own_region")
    public Boolean ownRegion;

    @Column(name = "needs_wheelchair_access")
    public boolean needsWheelchairAccess;

    @Enumerated(EnumType.STRING)
    public CouplingStatus status;

    @Column(name = "cancelled_on")
    public LocalDate cancelledOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "cancellation_reason")
    public CancellationReason cancellationReason;

    @Column(name = "registered_at")
    public Instant registeredAt;

    /** The receiver COA named for it after its municipality was split over others (R3); null otherwise. */
    @Column(name = "divided_to")
    public String dividedTo;

    /** The municipality whose staff act on it: the receiver it was divided to, else the municipality it was coupled to. */
    public String answering() {
        return dividedTo != null ? dividedTo : municipalityCode;
    }

    /**
     * Couplings listed for municipalities {@code :municipalities}: those coupled to one of them not divided after a
     * split, and those divided to one of them.
     */
    public static final String LISTED_FOR = "((municipalityCode in :municipalities and dividedTo is null) or dividedTo in :municipalities)";

    public int persons() {
        return adults + minors;
    }

    public CouplingDetails details() {
        Set<SpecialNeed> needs = needsWheelchairAccess ? EnumSet.of(SpecialNeed.WHEELCHAIR_ACCESSIBLE) : Set.of();
        return new CouplingDetails(adults, minors, householdType, permitDate, couplingDate, expectedReunificationPersons,
                receptionRegion, ownRegion, needs);
    }

    public void apply(CouplingDetails details) {
        adults = details.adults();
        minors = details.minors();
        householdType = details.householdType();
        permitDate = details.permitDate();
        couplingDate = details.couplingDate();
        expectedReunificationPersons = details.expectedReunificationPersons();
        receptionRegion = details.receptionRegion();
        ownRegion = details.ownRegion();
        needsWheelchairAccess = details.needsWheelchairAccess();
    }

    public static Uni<Coupling> findByCoaReference(String coaReference) {
        return find("coaReference", coaReference).firstResult();
    }

    public static Uni<Coupling> findExisting(UUID id) {
        return Coupling.<Coupling>findById(id).onItem().ifNull().failWith(() -> notFound(id));
    }

    /** The coupling, locked for the rest of the transaction so that concurrent changes to it are judged one by one. */
    public static Uni<Coupling> lockExisting(UUID id) {
        return Coupling.<Coupling>findById(id, LockModeType.PESSIMISTIC_WRITE).onItem().ifNull().failWith(() -> notFound(id));
    }

    /** The couplings {@code condition} selects (named parameters), longest waiting first. */
    public static PanacheQuery<Coupling> longestWaitingFirst(String condition, Parameters parameters) {
        return find(condition, WAITING_ORDER, parameters);
    }

    /** The couplings {@code condition} selects (positional parameters), in {@code order}. */
    public static PanacheQuery<Coupling> selected(String condition, Sort order, Object... parameters) {
        return find(condition, order, parameters);
    }

    /** The couplings of these municipalities waiting for an offer (COUPLED). */
    public static Uni<List<Coupling>> coupledIn(Collection<String> municipalityCodes) {
        return list("municipalityCode in ?1 and status = ?2", municipalityCodes, CouplingStatus.COUPLED);
    }

    private static ResourceNotFoundException notFound(UUID id) {
        return new ResourceNotFoundException("No coupling with id " + id + ".");
    }
}
