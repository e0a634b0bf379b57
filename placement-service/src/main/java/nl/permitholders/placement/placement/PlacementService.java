package nl.permitholders.placement.placement;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import nl.permitholders.placement.coupling.Coupling;
import nl.permitholders.placement.coupling.CouplingChange;
import nl.permitholders.placement.coupling.CouplingLifecycle;
import nl.permitholders.placement.coupling.CouplingStatus;
import nl.permitholders.placement.coupling.CouplingTransaction;
import nl.permitholders.placement.coupling.PersonsHousedStore;
import nl.permitholders.placement.events.PlacementEvents.MovedToFollowUpHousing;
import nl.permitholders.placement.events.PlacementEvents.PlacementRecorded;
import nl.permitholders.placement.events.PlacementEvents.PlacementRevoked;
import nl.permitholders.placement.offer.Offer;
import nl.permitholders.placement.offer.OfferRule;
import nl.permitholders.placement.offer.OfferStatus;
import nl.permitholders.placement.unit.KnownUnit;
import nl.permitholders.placement.unit.OccupancyStore;
import nl.permitholders.placement.unit.UnitSnapshot;
import nl.permitholders.placement.unit.UnitType;
import nl.permitholders.platform.api.ConflictException;
import nl.permitholders.platform.api.InvalidInputException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A municipality records that persons of a coupling were housed, revokes such a placement, or records that they moved
 * on from temporary housing; each in one {@link CouplingTransaction}.
 */
@ApplicationScoped
public class PlacementService {

    @Inject
    CouplingTransaction transaction;

    @Inject
    OccupancyStore occupancy;

    /** Which housing is temporary: see {@link FollowUpHousing} and docs/configuration.md. */
    @ConfigProperty(name = "placement.flex-homes-are-temporary-housing", defaultValue = "false")
    boolean flexHomesAreTemporary;

    /** {@code unitId} or {@code unitType} may be null: a placement need not name its unit. */
    public record RecordPlacement(UUID couplingId, int persons, LocalDate housedOn, UUID unitId, UnitType unitType) {
    }

    /** {@code explanation} stays in this service and its audit trail (R9). */
    public record RevokePlacement(UUID couplingId, UUID placementId, RevocationReason reason, String explanation) {
    }

    public record RecordMoveOn(UUID couplingId, UUID placementId, LocalDate movedOn) {
    }

    /**
     * Never more persons than the coupling's (R5); a named unit is locked and must have room. Placing persons in the unit
     * offered to them accepts the offer.
     */
    public Uni<PlacementView> place(RecordPlacement command) {
        UUID couplingId = command.couplingId();
        return transaction.byMunicipality(couplingId, (coupling, today) -> {
            CouplingLifecycle.require(CouplingLifecycle.Step.RECORD_PLACEMENT, coupling.status);
            return PersonsHousedStore.of(couplingId).flatMap(housed -> {
                PlacementRule.check(coupling.persons(), coupling.couplingDate, housed, command.persons(), command.housedOn(), today);
                return unit(coupling, command).flatMap(unit -> {
                    Placement placement = newPlacement(coupling, command, unit, FollowUpHousing.of(flexHomesAreTemporary));
                    int housedAfter = housed + placement.persons;
                    return Offer.findOpen(couplingId).map(openOffer -> {
                        boolean offerOpen = false;
                        if (openOffer != null) {
                            OfferStatus outcome = OfferRule.afterPlacement(openOffer.unitId, placement.unitId,
                                    housedAfter >= coupling.persons());
                            if (outcome != OfferStatus.OPEN) {
                                openOffer.close(outcome, outcome == OfferStatus.ACCEPTED ? placement.housedOn : today);
                            }
                            offerOpen = outcome == OfferStatus.OPEN;
                        }
                        coupling.status = CouplingLifecycle.settled(coupling.status, offerOpen, housedAfter, coupling.persons());
                        return CouplingChange.answering(PlacementView.of(placement))
                                .creating(placement)
                                .publishing(PlacementRecorded.TYPE, recorded(placement))
                                .audited(placement.id, null,
                                        describe(placement) + "; coupling " + coupling.status);
                    });
                });
            });
        });
    }

    /** Revoked once; it stops counting and frees its place, and a HOUSED coupling is COUPLED again. */
    public Uni<PlacementView> revoke(RevokePlacement command) {
        UUID couplingId = command.couplingId();
        return transaction.byMunicipality(couplingId, (coupling, today) -> Placement.findIn(couplingId, command.placementId()).flatMap(placement -> {
            if (placement.isRevoked()) {
                throw new ConflictException("The placement is REVOKED since " + placement.revokedOn + ".");
            }
            return PersonsHousedStore.of(couplingId).map(housed -> {
                placement.revokedOn = today;
                placement.revocationReason = command.reason();
                placement.revocationExplanation = command.explanation();
                CouplingStatus before = coupling.status;
                coupling.status = CouplingLifecycle.settled(before, before == CouplingStatus.OFFERED,
                        housed - placement.persons, coupling.persons());
                return CouplingChange.answering(PlacementView.of(placement))
                        .publishing(PlacementRevoked.TYPE, new PlacementRevoked(placement.id, couplingId,
                                placement.municipalityCode, placement.persons, placement.housedOn, placement.unitId,
                                placement.revokedOn, placement.revocationReason.name()))
                        .audited(placement.id,
                                CouplingChange.reason(placement.revocationReason, command.explanation()),
                                "revoked: " + describe(placement)
                                        + (before != coupling.status ? "; coupling " + before + " → " + coupling.status : ""));
            });
        }));
    }

    /** The persons of a placement in temporary housing, and the family who joined them there, moved on once. */
    public Uni<PlacementView> moveOn(RecordMoveOn command) {
        UUID couplingId = command.couplingId();
        return transaction.byMunicipality(couplingId, (coupling, today) -> Placement.findIn(couplingId, command.placementId())
                .flatMap(placement -> JoinedFamilyStore.of(placement.id).map(family -> {
            FollowUpHousing.checkMoveOn(placement.temporary, placement.housedOn, placement.revokedOn, placement.movedOn,
                    family.lastArrivedOn(), command.movedOn(), today);
            placement.movedOn = command.movedOn();
            return CouplingChange.answering(PlacementView.of(placement))
                    .publishing(MovedToFollowUpHousing.TYPE, new MovedToFollowUpHousing(placement.id, couplingId,
                            placement.municipalityCode, placement.persons, placement.housedOn, placement.movedOn))
                    .audited(placement.id, null,
                            "moved on to follow-up housing on " + placement.movedOn + ": " + describe(placement)
                                    + (family.persons() > 0 ? ", with " + family.persons() + " family members who joined them there" : ""));
        })));
    }

    /** The named unit, locked and checked for room; null when the placement names none. */
    private Uni<UnitSnapshot> unit(Coupling coupling, RecordPlacement command) {
        if (command.unitId() == null) {
            return Uni.createFrom().nullItem();
        }
        return KnownUnit.lockRegistered(command.unitId())
                .onItem().ifNull().failWith(() -> KnownUnit.unknown("unitId", command.unitId()))
                .flatMap(unit -> occupancy.of(unit, coupling.id, coupling.answering(), command.housedOn()))
                .invoke(unit -> {
                    if (command.unitType() != null && command.unitType() != unit.type()) {
                        throw InvalidInputException.of("unitType", "is " + command.unitType() + " but unit " + unit.id()
                                + " is " + unit.type() + "; leave unitType out when giving unitId");
                    }
                    List<String> obstacles = unit.obstaclesToPlacing(coupling.answering(), command.persons(), command.housedOn());
                    if (!obstacles.isEmpty()) {
                        throw new ConflictException("The persons cannot be placed in unit " + unit.id() + ": "
                                + String.join("; ", obstacles) + ".");
                    }
                });
    }

    private static Placement newPlacement(Coupling coupling, RecordPlacement command, UnitSnapshot unit, FollowUpHousing followUp) {
        UnitType type = unit == null ? command.unitType() : unit.type();
        return newPlacement(coupling, command.persons(), command.housedOn(), unit == null ? null : unit.id(), type,
                followUp.needsFollowUp(type));
    }

    /** Persons of the coupling housed on {@code housedOn}, recorded now, not yet stored. */
    public static Placement newPlacement(Coupling coupling, int persons, LocalDate housedOn, UUID unitId, UnitType unitType,
                                         Boolean temporary) {
        Placement placement = new Placement();
        placement.id = UUID.randomUUID();
        placement.couplingId = coupling.id;
        placement.municipalityCode = coupling.municipalityCode;
        placement.persons = persons;
        placement.housedOn = housedOn;
        placement.unitId = unitId;
        placement.unitType = unitType;
        placement.temporary = temporary;
        placement.recordedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return placement;
    }

    /** The event of a placement recorded. */
    public static PlacementRecorded recorded(Placement p) {
        return new PlacementRecorded(p.id, p.couplingId, p.municipalityCode, p.persons, p.housedOn, p.unitId,
                p.unitType == null ? null : p.unitType.name(), p.temporary);
    }

    /** What the audit trail says of a placement. */
    public static String describe(Placement p) {
        return (p.persons == 1 ? "1 person" : p.persons + " persons") + " housed on " + p.housedOn
                + (p.unitId != null ? " in unit " + p.unitId + " (" + p.unitType + ")" : p.unitType != null ? " (" + p.unitType + ")" : "");
    }
}
