package nl.permitholders.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * Supervision's live stream of a province's figures (Server-Sent Events, {@code GET .../figure-changes}), as the
 * dashboard follows it: every time supervision has applied an event it pushes the municipality's new figures. The
 * propagation benchmark waits on it instead of asking for the figure in a loop, so it puts no load of its own on the
 * two cores it shares with the system under test, and learns of the figure the moment supervision serves it.
 */
final class FigureStream implements AutoCloseable {

    /** The newest figures seen for one municipality, with the moment (System.nanoTime) they arrived. */
    private record Seen(int housed, long arrivedAt) {
    }

    private final Map<String, Seen> newest = new HashMap<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;
    private volatile Stream<String> lines;
    private volatile boolean closed;
    private volatile Throwable failure;

    /** Opens the stream of {@code province}'s figures in {@code period} and waits until its first figures arrived. */
    FigureStream(String supervisionBase, String province, String period, String token, Iterable<String> expected) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(supervisionBase + "/provinces/" + province + "/figure-changes?period=" + period))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").GET().build();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        response = client.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        Thread reader = new Thread(this::read, "figure-stream");
        reader.setDaemon(true);
        reader.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        for (String code : expected) {
            housedAfter(code, Integer.MIN_VALUE, deadline);
        }
    }

    private void read() {
        try (Stream<String> lines = response.join().body()) {
            this.lines = lines;
            if (closed) {
                return;
            }
            StringBuilder data = new StringBuilder();
            lines.forEach(line -> {
                if (line.startsWith("data:")) {
                    data.append(line.substring(5).strip());
                } else if (line.isEmpty() && !data.isEmpty()) {
                    long arrivedAt = System.nanoTime();
                    JsonNode figures = new Http.Answer(200, data.toString()).json();
                    data.setLength(0);
                    synchronized (newest) {
                        newest.put(figures.get("municipalityCode").asText(), new Seen(figures.get("housed").asInt(), arrivedAt));
                        newest.notifyAll();
                    }
                }
            });
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            synchronized (newest) {
                if (failure == null) {
                    failure = new IllegalStateException("supervision closed the stream of figures");
                }
                newest.notifyAll();
            }
        }
    }

    /**
     * Waits until the stream shows {@code municipality} with more than {@code housedBefore} persons housed.
     *
     * @return when those figures arrived (System.nanoTime)
     */
    long housedAfter(String municipality, int housedBefore, long deadlineNanos) {
        synchronized (newest) {
            while (true) {
                Seen seen = newest.get(municipality);
                if (seen != null && seen.housed() > housedBefore) {
                    return seen.arrivedAt();
                }
                if (failure != null) {
                    throw new IllegalStateException("the stream of figures failed", failure);
                }
                long left = deadlineNanos - System.nanoTime();
                if (left <= 0) {
                    throw new IllegalStateException("supervision did not stream new figures of " + municipality + " in time");
                }
                try {
                    newest.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
            }
        }
    }

    /** The persons housed in {@code municipality} as last streamed. */
    int housed(String municipality) {
        synchronized (newest) {
            Seen seen = newest.get(municipality);
            return seen == null ? -1 : seen.housed();
        }
    }

    @Override
    public void close() {
        closed = true;
        Stream<String> open = lines;
        if (open != null) {
            open.close();
        }
        response.cancel(true);
    }
}
