package nl.permitholders.localstack;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Says all the time what the demo's load is doing, how far it is and about how long is left: a line every few seconds
 * for the phase under way ({@code [ 42 s] register: 230 of 431 requests, about 15 s left}), and one when it ends. The
 * time left is the phase's own pace so far, extrapolated; a phase that cannot count its work says what it waits for.
 */
final class Progress implements AutoCloseable {

    /** How far a phase is: the share done (0 to 1) and what to say of it. */
    record Snapshot(double done, String detail) {
    }

    private final PrintStream out;
    private final long begin = System.nanoTime();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(run -> {
        Thread thread = new Thread(run, "demo-progress");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Phase current;

    Progress(PrintStream out, long everySeconds) {
        this.out = out;
        ticker.scheduleAtFixedRate(this::tell, everySeconds, everySeconds, TimeUnit.SECONDS);
    }

    /** A phase of {@code total} steps of {@code unit} ("requests"), counted by {@link Phase#step()}. */
    Phase phase(String name, long total, String unit) {
        AtomicLong steps = new AtomicLong();
        Phase phase = new Phase(name, steps, () -> new Snapshot(total == 0 ? 1 : Math.min(1.0, steps.get() / (double) total),
                String.format(Locale.ROOT, "%,d of %,d %s", steps.get(), total, unit)));
        start(phase);
        return phase;
    }

    /** A phase that tells how far it is itself. */
    Phase phase(String name, Supplier<Snapshot> state) {
        Phase phase = new Phase(name, new AtomicLong(), state);
        start(phase);
        return phase;
    }

    private void start(Phase phase) {
        current = phase;
        print(phase.name + " ...");
    }

    private void tell() {
        Phase phase = current;
        if (phase == null) {
            return;
        }
        try {
            Snapshot now = phase.state.get();
            double seconds = (System.nanoTime() - phase.begin) / 1e9;
            String left = now.done() <= 0.01 || seconds < 2 ? "estimating the time left"
                    : "about " + Math.round(seconds * (1 - now.done()) / now.done()) + " s left";
            print(String.format(Locale.ROOT, "%s: %s, %s", phase.name, now.detail(), left));
        } catch (RuntimeException e) {
            print(phase.name + ": (could not tell how far: " + e.getMessage() + ")");
        }
    }

    private void print(String line) {
        out.printf(Locale.ROOT, "  [%4.0f s] %s%n", (System.nanoTime() - begin) / 1e9, line);
    }

    @Override
    public void close() {
        ticker.shutdownNow();
    }

    /** A phase of the load; {@link #done} ends it, saying what it did. */
    final class Phase {

        private final String name;
        private final AtomicLong steps;
        private final Supplier<Snapshot> state;
        private final long begin = System.nanoTime();

        private Phase(String name, AtomicLong steps, Supplier<Snapshot> state) {
            this.name = name;
            this.steps = steps;
            this.state = state;
        }

        void step() {
            steps.incrementAndGet();
        }

        void done(String summary) {
            if (current == this) {
                current = null;
            }
            print(String.format(Locale.ROOT, "%s: %s in %.1f s", name, summary, (System.nanoTime() - begin) / 1e9));
        }
    }
}
