package nl.permitholders.placement.placement;

import io.smallrye.mutiny.Uni;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import nl.permitholders.placement.coupling.CouplingQueries;
import nl.permitholders.platform.api.Page;
import nl.permitholders.platform.api.PageRequest;

/** The reads of a coupling's placements, for whoever may read the coupling ({@link CouplingQueries#readable}). */
@ApplicationScoped
@WithSession
public class PlacementQueries {

    @Inject
    CouplingQueries couplings;

    /** A page of the coupling's placements, oldest first. */
    public Uni<Page<PlacementView>> list(UUID couplingId, PageRequest request) {
        return couplings.readable(couplingId).flatMap(coupling -> Page.mapped(
                () -> Placement.ofCoupling(couplingId), request, PlacementView::of));
    }

    /** One of the coupling's placements: 404 when the coupling has none by that id. */
    public Uni<PlacementView> get(UUID couplingId, UUID id) {
        return couplings.readable(couplingId).flatMap(coupling -> Placement.findIn(couplingId, id)).map(PlacementView::of);
    }
}
