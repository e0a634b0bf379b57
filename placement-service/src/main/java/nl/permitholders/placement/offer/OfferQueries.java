package nl.permitholders.placement.offer;

import io.smallrye.mutiny.Uni;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import nl.permitholders.placement.coupling.CouplingQueries;
import nl.permitholders.platform.api.Page;
import nl.permitholders.platform.api.PageRequest;

/** The reads of a coupling's offers, for whoever may read the coupling ({@link CouplingQueries#readable}). */
@ApplicationScoped
@WithSession
public class OfferQueries {

    @Inject
    CouplingQueries couplings;

    /** A page of the coupling's offers, oldest first. */
    public Uni<Page<OfferView>> list(UUID couplingId, PageRequest request) {
        return couplings.readable(couplingId).flatMap(coupling -> Page.mapped(
                () -> Offer.ofCoupling(couplingId), request, OfferView::of));
    }

    /** One of the coupling's offers: 404 when the coupling has none by that id. */
    public Uni<OfferView> get(UUID couplingId, UUID id) {
        return couplings.readable(couplingId).flatMap(coupling -> Offer.findIn(couplingId, id)).map(OfferView::of);
    }
}
