package nl.permitholders.placement.offer;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.UUID;
import nl.permitholders.placement.coupling.OpenOffers;

/** The coupling's open offer, withdrawn for a write to the coupling itself (its cancellation, its correction). */
@ApplicationScoped
public class OpenOfferStore implements OpenOffers {

    @Override
    public Uni<Void> withdraw(UUID couplingId, LocalDate on) {
        return Offer.findOpen(couplingId).invoke(open -> {
            if (open != null) {
                open.close(OfferStatus.WITHDRAWN, on);
            }
        }).replaceWithVoid();
    }
}
