package nl.permitholders.platform.outbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import nl.permitholders.platform.persistence.UniqueViolation;

/**
 * Runs a write in one database transaction and, once it has committed, asks the relay to publish the events it
 * appended to the outbox. Publishing right after commit keeps event latency low; the relay's periodic sweep is
 * only the safety net for events whose prompt publication failed.
 */
@ApplicationScoped
public class OutboxTransaction {

    @Inject
    OutboxRelay relay;

    public <T> Uni<T> run(Supplier<Uni<T>> work) {
        return Panache.withTransaction(work).invoke(relay::requestFlush);
    }

    /**
     * For idempotent registrations (look up, insert if absent): when two first registrations of the same thing race,
     * one loses on the unique key; it runs once more, finds the winner's row and answers as a repeat would.
     */
    public <T> Uni<T> runRetryingUniqueRace(Supplier<Uni<T>> work) {
        return run(work).onFailure(UniqueViolation::isCause).recoverWithUni(() -> run(work));
    }
}
