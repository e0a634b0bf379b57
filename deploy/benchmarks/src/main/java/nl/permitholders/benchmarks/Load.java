package nl.permitholders.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;

/**
 * Closed-loop load: {@code concurrency} workers repeat one operation for a while; throughput and latencies. And
 * open-loop load ({@link #atRate}): requests at a fixed rate, as independent users send them.
 */
final class Load {

    /** Requests (or transactions) per second and their 99th-percentile latency in milliseconds. */
    record Outcome(double perSecond, double p99Millis, long operations) {
    }

    /** One worker's repeated operation; {@link #open()} gives each worker its own (e.g. its own connection). */
    interface Operation extends AutoCloseable {
        void run() throws Exception;

        @Override
        default void close() throws Exception {
        }
    }

    interface OperationFactory {
        Operation open() throws Exception;
    }

    private Load() {
    }

    /** Runs {@code task} on {@code threads} threads at once and waits for all of them; the first failure is thrown. */
    static void inParallel(int threads, Runnable task) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(task));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    static Outcome run(int concurrency, Duration duration, OperationFactory factory) {
        return run(concurrency, duration, () -> {
            Operation operation = factory.open();
            return new Step() {
                @Override
                public boolean run() throws Exception {
                    operation.run();
                    return true;
                }

                @Override
                public void close() throws Exception {
                    operation.close();
                }
            };
        });
    }

    /** One unit of work of {@link #whileWorkLeft}; false when there was none left to do. */
    interface Step extends AutoCloseable {
        boolean run() throws Exception;

        @Override
        default void close() throws Exception {
        }
    }

    interface StepFactory {
        Step open() throws Exception;
    }

    /**
     * As {@link #run}, but each worker stops early once its step finds no work left; the rate is over the time until the
     * last worker stopped.
     */
    static Outcome whileWorkLeft(int concurrency, Duration duration, Step step) {
        return run(concurrency, duration, () -> step);
    }

    /**
     * Open-loop load: one operation every 1/{@code perSecond} s for {@code duration}, each sent when it is due whether or
     * not those before it have been answered, on up to {@code concurrency} workers at once. Each latency counts from
     * when its operation was due, not from when a worker was free to send it, so a queue in front of the service shows
     * in the latencies instead of slowing the load down. {@code operation} is shared by the workers.
     */
    static long[] atRate(int perSecond, Duration duration, int concurrency, Operation operation) {
        ExecutorService workers = Executors.newFixedThreadPool(concurrency);
        try {
            long interval = 1_000_000_000L / perSecond;
            int count = (int) Math.max(1, duration.toNanos() / interval);
            long start = System.nanoTime();
            List<Future<Long>> latencies = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                long due = start + i * interval;
                LockSupport.parkNanos(due - System.nanoTime());
                latencies.add(workers.submit(() -> {
                    operation.run();
                    return System.nanoTime() - due;
                }));
            }
            long[] nanos = new long[count];
            for (int i = 0; i < count; i++) {
                nanos[i] = latencies.get(i).get();
            }
            return nanos;
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        } finally {
            workers.shutdownNow();
        }
    }

    private static Outcome run(int concurrency, Duration duration, StepFactory factory) {
        ExecutorService workers = Executors.newFixedThreadPool(concurrency);
        try {
            long start = System.nanoTime();
            long end = start + duration.toNanos();
            List<Future<long[]>> futures = new ArrayList<>();
            for (int w = 0; w < concurrency; w++) {
                Callable<long[]> worker = () -> {
                    try (Step step = factory.open()) {
                        long[] latencies = new long[1024];
                        int count = 0;
                        while (System.nanoTime() < end) {
                            long before = System.nanoTime();
                            if (!step.run()) {
                                break;
                            }
                            if (count == latencies.length) {
                                latencies = java.util.Arrays.copyOf(latencies, count * 2);
                            }
                            latencies[count++] = System.nanoTime() - before;
                        }
                        return java.util.Arrays.copyOf(latencies, count);
                    }
                };
                futures.add(workers.submit(worker));
            }
            List<long[]> perWorker = new ArrayList<>();
            for (Future<long[]> future : futures) {
                perWorker.add(future.get());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long[] all = perWorker.stream().flatMapToLong(java.util.Arrays::stream).toArray();
            return new Outcome(all.length / seconds, Samples.percentileMillis(all, 0.99), all.length);
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        } finally {
            workers.shutdownNow();
        }
    }
}
