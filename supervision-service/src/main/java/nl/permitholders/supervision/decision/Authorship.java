package nl.permitholders.supervision.decision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import nl.permitholders.platform.security.Caller;

/**
 * Who records a decision, and when: the caller the token names (no one records in another's name), at the service
 * clock's moment to the microsecond PostgreSQL keeps, so that the answer shows what is read back later.
 */
@ApplicationScoped
public class Authorship {

    public record Authored(String by, Instant at) {
    }

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    public Authored now() {
        return new Authored(caller.name(), Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
    }
}
