package nl.permitholders.placement.coupling;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.security.ForbiddenException;
import io.smallrye.mutiny.Uni;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.permitholders.platform.api.Page;
import nl.permitholders.platform.api.PageRequest;
import nl.permitholders.platform.merger.Mergers;
import nl.permitholders.platform.security.Caller;
import nl.permitholders.platform.security.Roles;

/**
 * The reads of couplings, for COA and the municipality that answers for them: its own, and from a merger on those of
 * the municipalities merged into it (R3). What hangs on a coupling (offers, placements, reunifications, its audit
 * trail) is read through {@link #readable} first, so that one check decides who sees it.
 */
@ApplicationScoped
@WithSession
public class CouplingQueries {

    /** Which couplings a list shows; each part may be absent. */
    public record CouplingFilter(String municipalityCode, CouplingStatus status, String coaReference) {
    }

    @Inject
    Caller caller;

    @Inject
    Mergers mergers;

    /**
     * The coupling, if the caller may read it: COA, its own municipality, from a merger on the municipality that
     * continues it, and after a split the receivers (R3). 404 when there is none, 403 for another municipality.
     */
    public Uni<Coupling> readable(UUID couplingId) {
        return Coupling.findExisting(couplingId).call(coupling -> mayReadAny(coupling.readers()));
    }

    /** 403 unless the caller may read what belongs to one of {@code codes}, asked in order. */
    private Uni<Void> mayReadAny(List<String> codes) {
        Uni<Void> check = mergers.requireMayRead(codes.get(0));
        for (String next : codes.subList(1, codes.size())) {
            check = check.onFailure().recoverWithUni(() -> mergers.requireMayRead(next));
        }
        return check;
    }

    /** The coupling with the persons housed from it. */
    public Uni<CouplingView> view(UUID couplingId) {
        return readable(couplingId).flatMap(coupling -> PersonsHousedStore.of(couplingId)
                .map(housed -> CouplingView.of(coupling, housed)));
    }

    /**
     * A page of couplings, longest waiting first. A municipality sees only its own: without a municipality in the
     * filter, its own; another's is refused (403).
     */
    public Uni<Page<CouplingView>> list(CouplingFilter filter, PageRequest request) {
        String municipality = filter.municipalityCode() == null && caller.is(Roles.MUNICIPALITY) ? ownMunicipality()
                : filter.municipalityCode();
        // A municipality's couplings include, from a merger on, those of the municipalities merged into it (R3),
        // and, after a split, those divided to it and those of the split municipality still to be divided.
        Uni<Set<String>> municipalities = municipality == null ? Uni.createFrom().nullItem()
                : caller.requireMunicipality(municipality).chain(() -> mergers.listedFor(municipality)).map(Mergers.Listed::all);
        // One session for count and page: a query built before any session exists opens one per use, and only
        // the last would be closed at the end of the request.
        return Panache.withSession(() -> municipalities.flatMap(codes -> Page.of(
                () -> Coupling.listed(codes, filter.status(), filter.coaReference()), request, CouplingQueries::views)));
    }

    /** A municipality's own code; a municipality token without one may see nothing. */
    private String ownMunicipality() {
        return caller.municipality().orElseThrow(() -> new ForbiddenException(
                "Your token does not allow you to act for any municipality: it has no municipality claim."));
    }

    /** The couplings as views, with the persons housed from each. */
    private static Uni<List<CouplingView>> views(List<Coupling> couplings) {
        return PersonsHousedStore.of(couplings.stream().map(c -> c.id).toList())
                .map(housed -> couplings.stream().map(c -> CouplingView.of(c, housed.getOrDefault(c.id, 0))).toList());
    }
}
