package nl.permitholders.placement.offer;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.permitholders.placement.coupling.Coupling;
import nl.permitholders.placement.coupling.CouplingChange;
import nl.permitholders.placement.coupling.CouplingLifecycle;
import nl.permitholders.placement.coupling.CouplingTransaction;
import nl.permitholders.placement.coupling.PersonsHousedStore;
import nl.permitholders.placement.events.PlacementEvents.OfferDeclined;
import nl.permitholders.placement.events.PlacementEvents.UnitOffered;
import nl.permitholders.placement.matching.UnitFit;
import nl.permitholders.placement.unit.KnownUnit;
import nl.permitholders.placement.unit.OccupancyStore;
import nl.permitholders.placement.unit.UnitSnapshot;
import nl.permitholders.platform.api.ConflictException;

/** A municipality offers a unit to a coupling, or records that the offer was declined; each in one {@link CouplingTransaction}. */
@ApplicationScoped
public class OfferService {

    @Inject
    CouplingTransaction transaction;

    @Inject
    OccupancyStore occupancy;

    public record MakeOffer(UUID couplingId, UUID unitId, LocalDate offeredOn) {
    }

    /** {@code explanation} goes to the audit trail only (R9). */
    public record DeclineOffer(UUID couplingId, UUID offerId, DeclineReason reason, LocalDate declinedOn, String explanation) {
    }

    /** The unit, locked, must fit the persons still to be housed; the coupling becomes OFFERED. */
    public Uni<OfferView> offer(MakeOffer command) {
        UUID couplingId = command.couplingId();
        return transaction.byMunicipality(couplingId, (coupling, today) -> {
            OfferRule.checkOfferedOn(command.offeredOn(), coupling.couplingDate, today);
            CouplingLifecycle.require(CouplingLifecycle.Step.OFFER_UNIT, coupling.status);
            return KnownUnit.lockRegistered(command.unitId())
                    .onItem().ifNull().failWith(() -> KnownUnit.unknown("unitId", command.unitId()))
                    .flatMap(unit -> occupancy.of(unit, couplingId, coupling.answering(), command.offeredOn()))
                    .flatMap(unit -> PersonsHousedStore.of(couplingId).map(housed -> {
                        int persons = coupling.persons() - housed;
                        UnitFit.Judgement fit = UnitFit.judge(unit, coupling.householdType, persons, coupling.needsWheelchairAccess);
                        List<String> refusals = new ArrayList<>(unit.unavailability(coupling.answering(), command.offeredOn()));
                        refusals.addAll(fit.misfits());
                        if (!refusals.isEmpty()) {
                            throw new ConflictException("Unit " + unit.id() + " cannot be offered to this coupling: "
                                    + String.join("; ", refusals) + ".");
                        }
                        Offer offer = newOffer(coupling, unit, persons, command.offeredOn());
                        coupling.status = CouplingLifecycle.offered(coupling.status);
                        return CouplingChange.answering(OfferView.of(offer))
                                .creating(offer)
                                .publishing(UnitOffered.TYPE, new UnitOffered(offer.id, couplingId, coupling.municipalityCode,
                                        unit.id(), unit.type().name(), persons, offer.offeredOn))
                                .audited(offer.id, null, "unit " + unit.id() + " (" + unit.type()
                                        + ") offered on " + offer.offeredOn + " for " + persons + " persons: "
                                        + String.join("; ", fit.fitsBecause()));
                    }));
        });
    }

    /** Only an OPEN offer; the coupling is COUPLED again. */
    public Uni<OfferView> decline(DeclineOffer command) {
        UUID couplingId = command.couplingId();
        return transaction.byMunicipality(couplingId, (coupling, today) -> Offer.findIn(couplingId, command.offerId()).map(offer -> {
            OfferRule.checkDeclinedOn(command.declinedOn(), offer.offeredOn, today);
            OfferRule.requireOpen(offer.status);
            coupling.status = CouplingLifecycle.declined(coupling.status);
            offer.close(OfferStatus.DECLINED, command.declinedOn());
            offer.declineReason = command.reason();
            return CouplingChange.answering(OfferView.of(offer))
                    .publishing(OfferDeclined.TYPE, new OfferDeclined(offer.id, couplingId, coupling.municipalityCode,
                            offer.unitId, offer.persons, offer.closedOn, offer.declineReason.name()))
                    .audited(offer.id, CouplingChange.reason(command.reason(), command.explanation()),
                            "offer of unit " + offer.unitId + " declined on " + offer.closedOn);
        }));
    }

    private static Offer newOffer(Coupling coupling, UnitSnapshot unit, int persons, LocalDate offeredOn) {
        Offer offer = new Offer();
        offer.id = UUID.randomUUID();
        offer.couplingId = coupling.id;
        offer.unitId = unit.id();
        offer.municipalityCode = coupling.municipalityCode;
        offer.persons = persons;
        offer.offeredOn = offeredOn;
        offer.status = OfferStatus.OPEN;
        offer.recordedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return offer;
    }
}
