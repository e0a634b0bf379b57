package nl.permitholders.placement.coupling;

import io.smallrye.mutiny.Uni;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What a write to a coupling needs of its offers: a coupling cancelled, or housed by a correction, keeps no open offer.
 * The offer feature stands on the coupling and provides it, so the coupling does not read the feature above it.
 */
public interface OpenOffers {

    /** Withdraws the coupling's open offer on {@code on}, if it has one. */
    Uni<Void> withdraw(UUID couplingId, LocalDate on);
}
