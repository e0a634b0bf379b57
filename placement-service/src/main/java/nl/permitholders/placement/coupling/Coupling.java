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

    /** Longest overdue first: coupling date, then permit date. */
    private static final Sort LONGEST_OVERDUE_FIRST = Sort.by("couplingDate").and("permitDate").and("coaReference");

    /** Couplings with persons still to be housed. */
    private static final List<CouplingStatus> WAITING = List.of(CouplingStatus.COUPLED, CouplingStatus.OFFERED);

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
     * The municipalities whose staff may read it, the one that answers for it first: after a division also the one it
     * was coupled to, which keeps it in its history.
     */
    public List<String> readers() {
        return dividedTo != null ? List.of(dividedTo, municipalityCode) : List.of(municipalityCode);
    }

    /** Still to be divided ("te verdelen", R3): coupled to one of the split municipalities {@code split}, no receiver named yet. */
    public boolean toBeDivided(Set<String> split) {
        return dividedTo == null && split.contains(municipalityCode);
    }

    /**
     * Couplings listed for municipalities {@code :municipalities}: those coupled to one of them not divided after a
     * split, and those divided to one of them.
     */
    private static final String LISTED_FOR = "((municipalityCode in :municipalities and dividedTo is null) or dividedTo in :municipalities)";

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

    /**
     * The couplings listed for {@code municipalities} ({@link #LISTED_FOR}; every coupling when null), with
     * {@code status} and {@code coaReference} where given, longest waiting first.
     */
    public static PanacheQuery<Coupling> listed(Set<String> municipalities, CouplingStatus status, String coaReference) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (municipalities != null) {
            query.append(" and ").append(LISTED_FOR);
            parameters.and("municipalities", municipalities);
        }
        if (status != null) {
            query.append(" and status = :status");
            parameters.and("status", status);
        }
        if (coaReference != null) {
            query.append(" and coaReference = :reference");
            parameters.and("reference", coaReference);
        }
        return find(query.toString(), WAITING_ORDER, parameters);
    }

    /** The couplings listed for {@code municipalities} with persons still to be housed (COUPLED, OFFERED), longest waiting first. */
    public static PanacheQuery<Coupling> waitingIn(Set<String> municipalities) {
        return find(LISTED_FOR + " and status in :waiting", WAITING_ORDER,
                Parameters.with("municipalities", municipalities).and("waiting", WAITING));
    }

    /**
     * The couplings listed for {@code municipalities} with persons still to be housed and coupled on or before
     * {@code latestCouplingDate}, longest overdue first.
     */
    public static PanacheQuery<Coupling> overdueIn(Set<String> municipalities, LocalDate latestCouplingDate) {
        return find(LISTED_FOR + " and status in :waiting and couplingDate <= :latest", LONGEST_OVERDUE_FIRST,
                Parameters.with("municipalities", municipalities).and("waiting", WAITING).and("latest", latestCouplingDate));
    }

    /** The couplings of these municipalities waiting for an offer (COUPLED). */
    public static Uni<List<Coupling>> coupledIn(Collection<String> municipalityCodes) {
        return list("municipalityCode in ?1 and status = ?2", municipalityCodes, CouplingStatus.COUPLED);
    }

    private static ResourceNotFoundException notFound(UUID id) {
        return new ResourceNotFoundException("No coupling with id " + id + ".");
    }
}
