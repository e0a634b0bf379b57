package nl.permitholders.faulttests;

import java.time.Duration;

/**
 * How often a scenario asks again while it waits for the system (figures, readiness, offsets, metrics): a wait ends
 * within a quarter of a second of what it waits for, and each question is cheap beside what the services do meanwhile.
 */
final class Polling {

    static final Duration INTERVAL = Duration.ofMillis(250);

    private Polling() {
    }
}
