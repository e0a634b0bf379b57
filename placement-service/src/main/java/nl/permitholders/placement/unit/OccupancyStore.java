package nl.permitholders.placement.unit;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import nl.permitholders.platform.merger.Mergers;

/** How full a known unit is, read from the placements and open offers recorded in this service, for its application services. */
@ApplicationScoped
public class OccupancyStore {

    private static final UUID NO_COUPLING = new UUID(0, 0);

    private static final String PLACED = "SELECT CAST(coalesce(sum(persons), 0) AS INT) FROM placement "
            + "WHERE unit_id = ?1 AND revoked_on IS NULL";
    private static final String RESERVED = "SELECT CAST(coalesce(sum(persons), 0) AS INT) FROM offer "
            + "WHERE unit_id = ?1 AND status = 'OPEN' AND coupling_id <> ?2";

    @Inject
    Mergers mergers;

    public Uni<UnitSnapshot> of(KnownUnit unit) {
        return of(unit, NO_COUPLING);
    }

    /** Leaves out the open offer of {@code coupling}: placing its persons in the unit offered to them uses that offer. */
    public Uni<UnitSnapshot> of(KnownUnit unit, UUID coupling) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(PLACED, Integer.class)
                .setParameter(1, unit.id).getSingleResult()
                .flatMap(placed -> session.createNativeQuery(RESERVED, Integer.class)
                        .setParameter(1, unit.id).setParameter(2, coupling).getSingleResult()
                        .map(reserved -> unit.snapshot(placed, reserved))));
    }

    /**
     * As {@link #of(KnownUnit, UUID)}, for persons coupled to {@code municipalityCode} moving in on {@code on}: a unit
     * lies in their municipality also when, on that day, the same municipality answers for both (R3: a unit of Weesp is
     * Amsterdam's, as are Weesp's couplings, from 24 March 2022).
     */
    public Uni<UnitSnapshot> of(KnownUnit unit, UUID coupling, String municipalityCode, LocalDate on) {
        return of(unit, coupling).flatMap(snapshot -> mergers.succession().map(succession ->
                succession.responsibleOn(snapshot.municipalityCode(), on).equals(succession.responsibleOn(municipalityCode, on))
                        ? snapshot.in(municipalityCode) : snapshot));
    }
}
