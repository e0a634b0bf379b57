package nl.permitholders.placement.placement;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The family members who joined a placement in its temporary housing, read from the reunifications: the placement's
 * own read of that table, so that a placement does not read the reunification feature that stands on it.
 */
public final class JoinedFamilyStore {

    private JoinedFamilyStore() {
    }

    /** Family members who joined a placement in temporary housing: how many, and the last arrival (null: none). */
    public record JoinedFamily(long persons, LocalDate lastArrivedOn) {
    }

    /** Persons and the last arrival of the family members who joined {@code placementId} in its temporary housing. */
    public static Uni<JoinedFamily> of(UUID placementId) {
        return Panache.getSession().flatMap(session -> session.createSelectionQuery(
                        "select coalesce(sum(r.persons), 0), max(r.arrivedOn) from Reunification r where r.joinedPlacementId = :id",
                        Object[].class)
                .setParameter("id", placementId)
                .getSingleResult())
                .map(row -> new JoinedFamily(((Number) row[0]).longValue(), (LocalDate) row[1]));
    }
}
