package nl.permitholders.placement.coupling;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * How many of a coupling's persons are housed, and since when, read from the placements that are not revoked. The
 * coupling's own read of the placement table, so that the coupling, the waiting list, matching and offers count the
 * housed without reading the placement feature that stands on them.
 */
public final class PersonsHousedStore {

    private PersonsHousedStore() {
    }

    /** Persons of the coupling housed by placements that are not revoked. */
    public static Uni<Integer> of(UUID couplingId) {
        return of(List.of(couplingId)).map(housed -> housed.getOrDefault(couplingId, 0));
    }

    /** {@link #of(UUID)} of each coupling; couplings with none are left out. */
    public static Uni<Map<UUID, Integer>> of(Collection<UUID> couplingIds) {
        if (couplingIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession().flatMap(session -> session.createSelectionQuery(
                        "select p.couplingId, sum(p.persons) from Placement p "
                                + "where p.couplingId in (:ids) and p.revokedOn is null group by p.couplingId", Object[].class)
                .setParameter("ids", couplingIds)
                .getResultList())
                .map(rows -> {
                    Map<UUID, Integer> housed = new HashMap<>();
                    rows.forEach(row -> housed.put((UUID) row[0], ((Number) row[1]).intValue()));
                    return housed;
                });
    }

    /** The first day on which persons of the coupling were housed by a placement that is not revoked; null if none. */
    public static Uni<LocalDate> firstHousedOn(UUID couplingId) {
        return Panache.getSession().flatMap(session -> session.createSelectionQuery(
                        "select min(p.housedOn) from Placement p where p.couplingId = :id and p.revokedOn is null", LocalDate.class)
                .setParameter("id", couplingId)
                .getSingleResultOrNull());
    }
}
