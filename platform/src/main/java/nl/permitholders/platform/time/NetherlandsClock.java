package nl.permitholders.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The services' clock: the time in the Netherlands, where dates are judged ("in the future", deadlines, half-years).
 * Inject {@link Clock} and take {@code LocalDate.now(clock)}; a test that needs another day can install its own Clock
 * (the bean is application scoped, so it can be mocked).
 */
public class NetherlandsClock {

    public static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(NETHERLANDS);
    }
}
