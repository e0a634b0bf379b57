package nl.permitholders.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The clock every page reads "today" from: the system's, in the Netherlands' time zone. */
@ApplicationScoped
class ClockProducer {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(java.time.ZoneId.of("Europe/Amsterdam"));
    }
}
