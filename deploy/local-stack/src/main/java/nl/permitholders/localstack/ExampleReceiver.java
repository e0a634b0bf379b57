package nl.permitholders.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.Executors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A partner's webhook receiver, as docs/webhooks.md describes one, for {@code deploy/local/run --webhook-receiver}: it
 * listens on localhost, subscribes one municipality to every event it may read, and prints each delivery it gets,
 * with whether its signature verified, and answers 204; it allows deliveries in the abuse-protection handshake
 * (OPTIONS) before the first. Start the stack with it and record a placement on the dashboard as Almelo to see one
 * arrive.
 */
final class ExampleReceiver implements AutoCloseable {

    static final int PORT = 8099;
    private static final long TOLERANCE_SECONDS = 5 * 60;

    private final HttpServer server;
    private final ObjectMapper json = new ObjectMapper();
    private volatile String secret;

    private ExampleReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", PORT), 0);
        server.setExecutor(Executors.newSingleThreadExecutor());
        server.createContext("/webhooks", exchange -> {
            if (exchange.getRequestMethod().equals("OPTIONS")) {
                // The abuse-protection handshake of the CloudEvents webhook specification, before the first delivery:
                // this receiver wants events from whoever asks (a real one names the sender it expects).
                String origin = exchange.getRequestHeaders().getFirst("WebHook-Request-Origin");
                System.out.printf("[webhook] %s handshake from %s: allowed%n", Instant.now(), origin);
                exchange.getResponseHeaders().add("WebHook-Allowed-Origin", origin == null ? "*" : origin);
                exchange.getResponseHeaders().add("Allow", "POST, OPTIONS");
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
                return;
            }
            try (InputStream in = exchange.getRequestBody()) {
                byte[] body = in.readAllBytes();
                String id = exchange.getRequestHeaders().getFirst("webhook-id");
                String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
                boolean verified = verified(id, timestamp, body, exchange.getRequestHeaders().getFirst("webhook-signature"));
                JsonNode event = json.readTree(body);
                System.out.printf("[webhook] %s %s %s subject=%s signature %s%n          data %s%n", Instant.now(), id,
                        event.path("type").asText(), event.path("subject").asText(), verified ? "verified" : "NOT VERIFIED",
                        event.path("data"));
                exchange.sendResponseHeaders(verified ? 204 : 401, -1);
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    /** Starts the receiver and subscribes {@code municipality} to it, with a token of that municipality. */
    static ExampleReceiver subscribe(String webhooksUrl, String municipality, String token) throws IOException, InterruptedException {
        ExampleReceiver receiver = new ExampleReceiver();
        String callback = "http://localhost:" + PORT + "/webhooks";
        HttpClient http = HttpClient.newHttpClient();
        // An earlier run's subscription of this receiver is gone with its secret: it is replaced.
        HttpResponse<String> earlier = http.send(HttpRequest.newBuilder(URI.create(webhooksUrl + "/subscriptions"))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        for (JsonNode subscription : receiver.json.readTree(earlier.body())) {
            if (callback.equals(subscription.path("callbackUrl").asText())) {
                http.send(HttpRequest.newBuilder(URI.create(webhooksUrl + "/subscriptions/" + subscription.get("id").asText()))
                        .header("Authorization", "Bearer " + token).DELETE().build(), HttpResponse.BodyHandlers.discarding());
            }
        }
        String request = "{\"callbackUrl\":\"" + callback + "\"}";
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(webhooksUrl + "/subscriptions"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(request)).build(), HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            receiver.close();
            throw new IllegalStateException("subscribing the example receiver: " + created.statusCode() + " " + created.body());
        }
        JsonNode subscription = receiver.json.readTree(created.body());
        receiver.secret = subscription.get("secret").asText();
        System.out.printf("%n  Example webhook receiver on http://localhost:%d/webhooks: %s's events (subscription %s) are printed here%n",
                PORT, municipality, subscription.get("id").asText());
        return receiver;
    }

    /** The Standard Webhooks check: a fresh timestamp, and HMAC-SHA256 of "id.timestamp.body" among the signatures. */
    private boolean verified(String id, String timestamp, byte[] body, String signatures) {
        if (secret == null || id == null || timestamp == null || signatures == null
                || Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)) > TOLERANCE_SECONDS) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            byte[] expected = ("v1," + Base64.getEncoder().encodeToString(mac.doFinal(body))).getBytes(StandardCharsets.UTF_8);
            for (String signature : signatures.split(" ")) {
                if (MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.UTF_8))) {
                    return true;
                }
            }
            return false;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
