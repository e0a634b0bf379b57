package nl.permitholders.placement.coupling;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import nl.permitholders.placement.coupling.CouplingLifecycle.Step;
import nl.permitholders.placement.events.PlacementEvents.CouplingCancelled;
import nl.permitholders.placement.events.PlacementEvents.CouplingCorrected;
import nl.permitholders.placement.events.PlacementEvents.CouplingDivided;
import nl.permitholders.placement.events.PlacementEvents.CouplingRegistered;
import nl.permitholders.platform.api.ConflictException;
import nl.permitholders.platform.merger.Mergers;
import nl.permitholders.platform.merger.MunicipalitySplitReceiver;
import nl.permitholders.platform.security.Succession;

/**
 * COA's writes to a coupling itself (register, correct, cancel), each one command in one {@link CouplingTransaction},
 * and the coupling as a caller may read it. The offers, placements and reunifications hanging from a coupling have
 * their own services.
 */
@ApplicationScoped
public class CouplingService {

    @Inject
    CouplingTransaction transaction;

    @Inject
    Clock clock;

    @Inject
    Mergers mergers;

    @Inject
    OpenOffers openOffers;

    /** COA registers the household under its own reference, coupled to a municipality. */
    public record RegisterCoupling(String coaReference, String municipalityCode, CouplingDetails details) {
    }

    /** The coupling registered, or the one registered before with the same data ({@code created} false). */
    public record Registration(CouplingView coupling, boolean created) {
    }

    /** The coupling's details as they should stand; {@code reason} goes to the audit trail only. */
    public record CorrectCoupling(UUID couplingId, CouplingDetails corrected, String reason) {
    }

    /** COA names the receiving municipality of a split municipality's open coupling (R3). */
    public record DivideCoupling(UUID couplingId, String receiver) {
    }

    /** {@code explanation} goes to the audit trail only (R9). */
    public record CancelCoupling(UUID couplingId, CancellationReason reason, LocalDate cancelledOn, String explanation) {
    }

    /**
     * The same reference again with the same data answers the coupling registered before; with other data 409. A
     * municipality that had ceased to exist by the coupling date (R3) takes no coupling: 400 naming municipalityCode and
     * the municipality that continues it.
     */
    public Uni<Registration> register(RegisterCoupling command) {
        CouplingDetails details = command.details();
        Household.check(details.adults(), details.minors(), details.householdType(), details.permitDate(),
                details.couplingDate(), LocalDate.now(clock)).throwIfAny();
        return transaction.register(command.coaReference(), existing -> {
            if (existing != null) {
                if (!existing.municipalityCode.equals(command.municipalityCode()) || !existing.details().equals(details)) {
                    throw new ConflictException("Coupling " + command.coaReference() + " is already registered with different "
                            + "data (id " + existing.id + "); correct it through its corrections.");
                }
                return PersonsHousedStore.of(existing.id)
                        .map(housed -> CouplingChange.answering(new Registration(CouplingView.of(existing, housed), false)));
            }
            // Read in the write's own transaction: the mergers and splits as they stand when the coupling is stored.
            return mergers.recorded().map(succession -> {
                CouplingMunicipalityRule.check(command.municipalityCode(), details.couplingDate(), succession);
                Coupling coupling = newCoupling(command.coaReference(), command.municipalityCode(), details);
                return CouplingChange.answering(new Registration(CouplingView.of(coupling, 0), true))
                        .creating(coupling)
                        .publishing(CouplingRegistered.TYPE, registered(coupling))
                        .audited(coupling.id, null, describe(coupling));
            });
        });
    }

    /** Nothing changes when nothing differs; an open offer is withdrawn when the correction houses everybody. */
    public Uni<CouplingView> correct(CorrectCoupling command) {
        UUID couplingId = command.couplingId();
        CouplingDetails corrected = command.corrected();
        Household.check(corrected.adults(), corrected.minors(), corrected.householdType(), corrected.permitDate(),
                corrected.couplingDate(), LocalDate.now(clock)).throwIfAny();
        return transaction.byCoa(couplingId, (coupling, today) -> {
            CouplingLifecycle.require(Step.CORRECT, coupling.status);
            return PersonsHousedStore.of(couplingId).flatMap(housed -> PersonsHousedStore.firstHousedOn(couplingId).flatMap(firstHousedOn -> {
                if (corrected.persons() < housed) {
                    throw new ConflictException(housed + " persons of this coupling are housed; it cannot have fewer.");
                }
                if (firstHousedOn != null && corrected.couplingDate().isAfter(firstHousedOn)) {
                    throw new ConflictException("Persons of this coupling were housed on " + firstHousedOn
                            + "; the coupling date cannot be later.");
                }
                List<String> changes = corrected.changesFrom(coupling.details());
                if (changes.isEmpty()) {
                    return Uni.createFrom().item(CouplingChange.answering(CouplingView.of(coupling, housed)));
                }
                CouplingStatus before = coupling.status;
                coupling.apply(corrected);
                coupling.status = CouplingLifecycle.settled(before, before == CouplingStatus.OFFERED, housed, coupling.persons());
                Uni<Void> offer = before == CouplingStatus.OFFERED && coupling.status == CouplingStatus.HOUSED
                        ? openOffers.withdraw(couplingId, today)
                        : Uni.createFrom().voidItem();
                return offer.replaceWith(() -> CouplingChange.answering(CouplingView.of(coupling, housed))
                        .publishing(CouplingCorrected.TYPE, corrected(coupling))
                        .audited(couplingId, command.reason(), String.join(", ", changes)
                                + (before != coupling.status ? "; status " + before + " → " + coupling.status : "")));
            }));
        });
    }

    /**
     * A split municipality's open coupling goes to the receiver COA names ({@link CouplingDivisionRule}); the coupling
     * keeps the municipality it was coupled to, and the receiver's staff act on it from now on. Nothing changes when it
     * already went there. Read in the write's own transaction: the split as it stands when the coupling is stored.
     */
    public Uni<CouplingView> divide(DivideCoupling command) {
        return transaction.byCoa(command.couplingId(), (coupling, today) -> MunicipalitySplitReceiver
                .ofSplit(coupling.municipalityCode)
                .flatMap(receivers -> {
                    CouplingDivisionRule.check(coupling.municipalityCode, coupling.status,
                            receivers.stream().map(r -> r.receiverCode).toList(),
                            receivers.isEmpty() ? null : receivers.get(0).effectiveDate, command.receiver(), today);
                    return PersonsHousedStore.of(coupling.id).map(housed -> {
                        if (command.receiver().equals(coupling.dividedTo)) {
                            return CouplingChange.answering(CouplingView.of(coupling, housed));
                        }
                        String before = coupling.dividedTo;
                        coupling.dividedTo = command.receiver();
                        return CouplingChange.answering(CouplingView.of(coupling, housed))
                                .publishing(CouplingDivided.TYPE, new CouplingDivided(coupling.id, coupling.municipalityCode,
                                        command.receiver(), today))
                                .audited(coupling.id, null, "divided after the split of " + coupling.municipalityCode + " to "
                                        + command.receiver() + (before == null ? "" : " (was " + before + ")"));
                    });
                }));
    }

    /** Persons already housed still count; those not yet housed are no longer the municipality's to house. */
    public Uni<CouplingView> cancel(CancelCoupling command) {
        UUID couplingId = command.couplingId();
        return transaction.byCoa(couplingId, (coupling, today) -> {
            CancellationRule.check(command.cancelledOn(), coupling.couplingDate, today);
            CouplingStatus before = coupling.status;
            coupling.status = CouplingLifecycle.cancelled(before);
            coupling.cancelledOn = command.cancelledOn();
            coupling.cancellationReason = command.reason();
            Uni<Void> offer = before == CouplingStatus.OFFERED
                    ? openOffers.withdraw(couplingId, command.cancelledOn())
                    : Uni.createFrom().voidItem();
            return offer.flatMap(ignored -> PersonsHousedStore.of(couplingId)).map(housed -> {
                int unhoused = coupling.persons() - housed;
                return CouplingChange.answering(CouplingView.of(coupling, housed))
                        .publishing(CouplingCancelled.TYPE, cancelled(coupling, unhoused))
                        .audited(couplingId,
                                CouplingChange.reason(command.reason(), command.explanation()), describeCancellation(coupling, unhoused));
            });
        });
    }

    /** What the audit trail says of a registration. */
    public static String describe(Coupling c) {
        return c.adults + " adults, " + c.minors + " minors (" + c.householdType + "), permit " + c.permitDate
                + ", coupled to " + c.municipalityCode + " on " + c.couplingDate;
    }

    /** What the audit trail says of a cancellation, {@code unhoused} of its persons not housed. */
    public static String describeCancellation(Coupling c, int unhoused) {
        return "cancelled on " + c.cancelledOn + "; " + unhoused + " of " + c.persons() + " persons unhoused";
    }

    /** The event of a coupling cancelled, {@code unhoused} of its persons not housed. */
    public static CouplingCancelled cancelled(Coupling c, int unhoused) {
        return new CouplingCancelled(c.id, c.municipalityCode, unhoused, c.cancelledOn, c.cancellationReason.name());
    }

    /** The event of a coupling registered. */
    public static CouplingRegistered registered(Coupling c) {
        return new CouplingRegistered(c.id, c.municipalityCode, c.adults, c.minors, c.persons(), c.householdType.name(),
                c.permitDate, c.couplingDate, c.expectedReunificationPersons,
                c.receptionRegion == null ? null : c.receptionRegion.name(), c.ownRegion);
    }

    private static CouplingCorrected corrected(Coupling c) {
        return new CouplingCorrected(c.id, c.municipalityCode, c.adults, c.minors, c.persons(), c.householdType.name(),
                c.permitDate, c.couplingDate, c.expectedReunificationPersons,
                c.receptionRegion == null ? null : c.receptionRegion.name(), c.ownRegion);
    }

    /** A coupling COA registers now, COUPLED, not yet stored. */
    public static Coupling newCoupling(String coaReference, String municipalityCode, CouplingDetails details) {
        Coupling coupling = new Coupling();
        coupling.id = UUID.randomUUID();
        coupling.coaReference = coaReference;
        coupling.municipalityCode = municipalityCode;
        coupling.apply(details);
        coupling.status = CouplingStatus.COUPLED;
        coupling.registeredAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return coupling;
    }
}
