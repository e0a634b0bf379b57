package nl.permitholders.supervision;

import io.quarkus.test.junit.QuarkusMock;
import java.time.Clock;
import java.time.LocalDate;
import nl.permitholders.platform.time.NetherlandsClock;

/**
 * Sets the day the service judges by (the platform's Clock), for tests whose deadlines are fixed dates: without it
 * they would judge differently once the real date passes the next deadline. Installed per test (QuarkusMock).
 */
public final class FixedDay {

    private FixedDay() {
    }

    public static void install(LocalDate today) {
        QuarkusMock.installMockForType(Clock.fixed(today.atStartOfDay(NetherlandsClock.NETHERLANDS).toInstant(),
                NetherlandsClock.NETHERLANDS), Clock.class);
    }
}
