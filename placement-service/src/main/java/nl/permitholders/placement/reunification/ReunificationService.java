package nl.permitholders.placement.reunification;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import nl.permitholders.placement.coupling.Coupling;
import nl.permitholders.placement.coupling.CouplingChange;
import nl.permitholders.placement.coupling.CouplingTransaction;
import nl.permitholders.placement.events.PlacementEvents.ReunificationArrived;
import nl.permitholders.placement.placement.Placement;

/** A municipality records family members who arrived to join a coupling's housed referent, in one {@link CouplingTransaction}. */
@ApplicationScoped
public class ReunificationService {

    @Inject
    CouplingTransaction transaction;

    public record RecordReunification(UUID couplingId, int persons, LocalDate arrivedOn) {
    }

    /** They join the referent where the referent lives: in temporary housing, they need follow-up housing too. */
    public Uni<ReunificationView> arrive(RecordReunification command) {
        UUID couplingId = command.couplingId();
        return transaction.byMunicipality(couplingId, (coupling, today) -> Placement.referent(couplingId).map(referent -> {
            ReunificationRule.check(command.persons(), command.arrivedOn(), referent == null ? null : referent.housedOn, today);
            boolean temporary = ReunificationRule.joinInTemporaryHousing(referent.temporary, referent.movedOn, command.arrivedOn());
            Reunification reunification = newReunification(coupling, command.persons(), command.arrivedOn(),
                    temporary ? referent.id : null);
            return CouplingChange.answering(ReunificationView.of(reunification))
                    .creating(reunification)
                    .publishing(ReunificationArrived.TYPE, arrived(reunification))
                    .audited(reunification.id, null, describe(reunification, coupling));
        }));
    }

    /**
     * Family members of the coupling arrived on {@code arrivedOn}, recorded now, not yet stored; {@code joinedPlacementId}
     * the referent's placement in temporary housing they joined (null: they joined none, {@link ReunificationRule}).
     */
    public static Reunification newReunification(Coupling coupling, int persons, LocalDate arrivedOn, UUID joinedPlacementId) {
        Reunification reunification = new Reunification();
        reunification.id = UUID.randomUUID();
        reunification.couplingId = coupling.id;
        reunification.municipalityCode = coupling.municipalityCode;
        reunification.persons = persons;
        reunification.arrivedOn = arrivedOn;
        reunification.recordedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        reunification.temporary = joinedPlacementId != null;
        reunification.joinedPlacementId = joinedPlacementId;
        return reunification;
    }

    /** The event of family members arrived. */
    public static ReunificationArrived arrived(Reunification r) {
        return new ReunificationArrived(r.id, r.couplingId, r.municipalityCode, r.persons, r.arrivedOn, r.temporary, r.joinedPlacementId);
    }

    /** What the audit trail says of family members arrived. */
    public static String describe(Reunification r, Coupling coupling) {
        return r.persons + " family members arrived on " + r.arrivedOn + " (expected " + coupling.expectedReunificationPersons + ")"
                + (r.temporary ? ", joining placement " + r.joinedPlacementId + " in temporary housing" : "");
    }
}
