package nl.permitholders.placement.coupling;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;
import nl.permitholders.platform.audit.AuditNote;
import nl.permitholders.platform.merger.Mergers;
import nl.permitholders.platform.outbox.Outbox;
import nl.permitholders.platform.outbox.OutboxTransaction;
import nl.permitholders.platform.security.Roles;

/**
 * The transaction every write to a coupling runs in, for the application services ({@link CouplingService},
 * {@code OfferService}, {@code PlacementService}, {@code ReunificationService}): load and lock the coupling, hold a
 * municipality to its own couplings, let the service's step judge (by its rules) and change it, then store what the step
 * created and append its event to the outbox with its audit note (the platform's audit trail records the write with it:
 * the role it was admitted in, the coupling, why and what).
 */
@ApplicationScoped
public class CouplingTransaction {

    @Inject
    OutboxTransaction transaction;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    Mergers mergers;

    /** One step on a locked coupling, judged on {@code today} (the date in the Netherlands). */
    @FunctionalInterface
    public interface Step<T> {
        Uni<CouplingChange<T>> take(Coupling coupling, LocalDate today);
    }

    /**
     * A step of the municipality that answers for the coupling today (403 for another): its own, or from a merger on the
     * one that continues it, after a split the receiver COA divided it to (R3); on the coupling locked for the transaction.
     */
    public <T> Uni<T> byMunicipality(UUID couplingId, Step<T> step) {
        return transaction.run(() -> Coupling.lockExisting(couplingId)
                .call(coupling -> mergers.requireMayWrite(coupling.answering()))
                .flatMap(coupling -> step.take(coupling, LocalDate.now(clock))
                        .flatMap(change -> store(Roles.MUNICIPALITY, coupling, change))));
    }

    /** A step of COA, on the coupling locked for the transaction. */
    public <T> Uni<T> byCoa(UUID couplingId, Step<T> step) {
        return transaction.run(() -> Coupling.lockExisting(couplingId)
                .flatMap(coupling -> step.take(coupling, LocalDate.now(clock)).flatMap(change -> store(Roles.COA, coupling, change))));
    }

    /**
     * COA registers a coupling: the step gets the coupling registered before under {@code coaReference} (null if none)
     * and either answers with it unchanged or creates the new {@link Coupling}. Two registrations of one reference at
     * once: the loser's transaction is run again and finds the winner's.
     */
    <T> Uni<T> register(String coaReference, Function<Coupling, Uni<CouplingChange<T>>> step) {
        return transaction.runRetryingUniqueRace(() -> Coupling.findByCoaReference(coaReference)
                .flatMap(existing -> step.apply(existing))
                .flatMap(change -> store(Roles.COA, change.created() instanceof Coupling created ? created : null, change)));
    }

    /** {@code role}: the role the write is admitted in, for the audit trail. */
    private <T> Uni<T> store(String role, Coupling coupling, CouplingChange<T> change) {
        if (!change.changed()) {
            return Uni.createFrom().item(change.answer());
        }
        Uni<?> created = change.created() == null ? Uni.createFrom().voidItem() : change.created().persist();
        CouplingChange.Audit entry = change.audit();
        AuditNote note = new AuditNote(role, coupling.id, entry.subjectId(), entry.reason(), entry.details());
        return created
                .call(() -> outbox.append(change.eventType(), coupling.municipalityCode, change.event(), note))
                .replaceWith(change.answer());
    }
}
