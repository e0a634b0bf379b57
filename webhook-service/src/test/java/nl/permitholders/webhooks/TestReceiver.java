package nl.permitholders.webhooks;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;

/**
 * A partner's receiver on this machine (the JDK's HTTP server): it allows deliveries in the abuse-protection handshake
 * (OPTIONS, answered with {@code WebHook-Allowed-Origin} naming the sender's origin unless told otherwise), keeps every
 * other request it gets and answers with the status {@code answer} gives for the request's number (1 for the first); it
 * can be held until released, as a slow receiver.
 */
final class TestReceiver implements AutoCloseable {

    /** A request as it arrived. */
    record Received(String path, Map<String, List<String>> headers, byte[] body, int status) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                    .map(e -> e.getValue().get(0)).orElse(null);
        }
    }

    private final HttpServer server;
    final List<Received> received = new CopyOnWriteArrayList<>();
    /** The handshakes (OPTIONS) it answered, apart from {@link #received}. */
    final List<Received> handshakes = new CopyOnWriteArrayList<>();
    private volatile java.util.function.UnaryOperator<String> allowedOrigin = origin -> origin;
    private final AtomicInteger count = new AtomicInteger();
    private volatile IntUnaryOperator answer = n -> 204;
    private volatile java.util.function.ToIntFunction<Received> answerFor;
    private volatile CountDownLatch held = new CountDownLatch(0);
    private volatile int handshakeStatus = 200;

    TestReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            if (exchange.getRequestMethod().equals("OPTIONS")) {
                // the abuse-protection handshake, kept apart from the deliveries
                int status = handshakeStatus;
                handshakes.add(new Received(exchange.getRequestURI().getPath(), Map.copyOf(exchange.getRequestHeaders()), new byte[0], status));
                if (status != 200) {
                    exchange.sendResponseHeaders(status, -1);
                    exchange.close();
                    return;
                }
                String allowed = allowedOrigin.apply(exchange.getRequestHeaders().getFirst("WebHook-Request-Origin"));
                if (allowed != null) {
                    exchange.getResponseHeaders().add("WebHook-Allowed-Origin", allowed);
                }
                exchange.getResponseHeaders().add("Allow", "POST, OPTIONS");
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
                return;
            }
            try (InputStream in = exchange.getRequestBody()) {
                byte[] body = in.readAllBytes();
                held.await(60, TimeUnit.SECONDS);
                int number = count.incrementAndGet();
                Received request = new Received(exchange.getRequestURI().getPath(), Map.copyOf(exchange.getRequestHeaders()), body, 0);
                int status = answerFor != null ? answerFor.applyAsInt(request) : answer.applyAsInt(number);
                received.add(new Received(request.path(), request.headers(), body, status));
                if (status >= 300 && status < 400) {
                    exchange.getResponseHeaders().add("Location", "http://localhost:" + port() + "/elsewhere");
                }
                exchange.sendResponseHeaders(status, -1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    /** The requests it answered with a 2xx. */
    List<Received> accepted() {
        return received.stream().filter(r -> r.status() >= 200 && r.status() < 300).toList();
    }

    String url(String path) {
        return "http://localhost:" + port() + path;
    }

    int port() {
        return server.getAddress().getPort();
    }

    TestReceiver answering(IntUnaryOperator statusForRequestNumber) {
        this.answer = statusForRequestNumber;
        return this;
    }

    /** Answers each request with the status {@code statusFor} gives it, from what the request holds. */
    TestReceiver answeringRequests(java.util.function.ToIntFunction<Received> statusFor) {
        this.answerFor = statusFor;
        return this;
    }

    /** What it answers in {@code WebHook-Allowed-Origin} to a handshake from an origin (null: leaves the header out). */
    TestReceiver allowing(java.util.function.UnaryOperator<String> allowedOriginFor) {
        this.allowedOrigin = allowedOriginFor;
        return this;
    }

    /** What it answers to a handshake: 200 (with the origin header as {@link #allowing} says), or this status without it. */
    TestReceiver answeringHandshakes(int status) {
        this.handshakeStatus = status;
        return this;
    }

    /** Holds every request until {@link #release()}: a receiver that does not answer. */
    void hold() {
        held = new CountDownLatch(1);
    }

    void release() {
        held.countDown();
    }

    @Override
    public void close() {
        release();
        server.stop(0);
    }
}
