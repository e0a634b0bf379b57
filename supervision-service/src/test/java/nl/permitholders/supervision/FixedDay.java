package nl.permitholders.supervision;

import io.quarkus.test.junit.QuarkusMock;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import nl.permitholders.platform.time.NetherlandsClock;

/**
 * Sets the day the service judges by (the platform's Clock), for tests whose deadlines are fixed dates: without it
 * they would judge differently once the real date passes the next deadline. Installed per test (QuarkusMock).
 */
public final class FixedDay {

    private FixedDay() {
    }

    /** From the start of {@code today}, ticking: what is recorded one after the other keeps its order. */
    public static void install(LocalDate today) {
        Clock system = Clock.system(NetherlandsClock.NETHERLANDS);
        Duration toToday = Duration.between(system.instant(), today.atStartOfDay(NetherlandsClock.NETHERLANDS).toInstant());
        QuarkusMock.installMockForType(Clock.offset(system, toToday), Clock.class);
    }
}
