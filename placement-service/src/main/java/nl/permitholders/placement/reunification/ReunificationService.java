package nl.permitholders.placement.reunification;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
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
            Reunification reunification = new Reunification();
            reunification.id = UUID.randomUUID();
            reunification.couplingId = couplingId;
            reunification.municipalityCode = coupling.municipalityCode;
            reunification.persons = command.persons();
            reunification.arrivedOn = command.arrivedOn();
            reunification.recordedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            reunification.temporary = temporary;
            reunification.joinedPlacementId = temporary ? referent.id : null;
            return CouplingChange.answering(ReunificationView.of(reunification))
                    .creating(reunification)
                    .publishing(ReunificationArrived.TYPE, new ReunificationArrived(reunification.id, couplingId,
                            coupling.municipalityCode, reunification.persons, reunification.arrivedOn, temporary,
                            reunification.joinedPlacementId))
                    .audited(reunification.id, null, reunification.persons
                            + " family members arrived on " + reunification.arrivedOn
                            + " (expected " + coupling.expectedReunificationPersons + ")"
                            + (temporary ? ", joining placement " + referent.id + " in temporary housing" : ""));
        }));
    }
}
