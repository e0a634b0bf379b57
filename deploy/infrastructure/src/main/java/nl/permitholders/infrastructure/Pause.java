package nl.permitholders.infrastructure;

import java.util.concurrent.locks.LockSupport;

/** A short back-off between polls of something that is starting; not a way to wait for events. */
public final class Pause {

    private Pause() {
    }

    public static void briefly() {
        LockSupport.parkNanos(100_000_000L);
    }
}
