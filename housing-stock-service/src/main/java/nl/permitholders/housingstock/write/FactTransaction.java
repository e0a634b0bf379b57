package nl.permitholders.housingstock.write;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import nl.permitholders.platform.merger.Mergers;
import nl.permitholders.platform.outbox.Outbox;
import nl.permitholders.platform.outbox.OutboxTransaction;
import nl.permitholders.platform.security.Caller;
import nl.permitholders.platform.security.Tenancy;

/**
 * The transaction a write of a reported fact runs in, for this service's application services: who writes (their
 * tenancy, with the mergers this service knows, and their name), the transaction (run again when a concurrent write
 * recorded the same natural key first), and the fact stored with its event in the outbox.
 */
@ApplicationScoped
public class FactTransaction {

    @Inject
    OutboxTransaction transaction;

    @Inject
    Outbox outbox;

    @Inject
    Caller caller;

    @Inject
    Mergers mergers;

    /** Who writes: what the caller reaches and its name for the record, read before the transaction opens. */
    public record Writer(Tenancy tenancy, String actor) {
    }

    public Writer writer() {
        return new Writer(caller.tenancy(mergers.known()), caller.name());
    }

    /** {@code write} in one transaction; again when another recorded the same natural key meanwhile. */
    public <T> Uni<T> run(Supplier<Uni<T>> write) {
        return transaction.runRetryingUniqueRace(write);
    }

    /** Stores the new or changed {@code fact} and appends its event, in the running transaction. */
    public <F extends PanacheEntityBase> Uni<Written<F>> store(F fact, boolean created, String eventType,
                                                              String municipalityCode, Object event) {
        return fact.persist()
                .call(() -> outbox.append(eventType, municipalityCode, event))
                .replaceWith(new Written<>(fact, created));
    }
}
