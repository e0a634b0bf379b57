package nl.permitholders.placement.reunification;

import io.smallrye.mutiny.Uni;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import nl.permitholders.placement.coupling.CouplingQueries;
import nl.permitholders.platform.api.Page;
import nl.permitholders.platform.api.PageRequest;

/** The reads of a coupling's reunifications, for whoever may read the coupling ({@link CouplingQueries#readable}). */
@ApplicationScoped
@WithSession
public class ReunificationQueries {

    @Inject
    CouplingQueries couplings;

    /** A page of the coupling's reunifications, oldest first. */
    public Uni<Page<ReunificationView>> list(UUID couplingId, PageRequest request) {
        return couplings.readable(couplingId).flatMap(coupling -> Page.mapped(
                () -> Reunification.ofCoupling(couplingId), request, ReunificationView::of));
    }

    /** One of the coupling's reunifications: 404 when the coupling has none by that id. */
    public Uni<ReunificationView> get(UUID couplingId, UUID id) {
        return couplings.readable(couplingId).flatMap(coupling -> Reunification.findIn(couplingId, id)).map(ReunificationView::of);
    }
}
