package nl.permitholders.localstack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import nl.permitholders.infrastructure.DevelopmentIssuer;

/**
 * The local stack's sign-in for the dashboard: pick a province (or the Rijk) and get a token of the development
 * issuer in an HttpOnly, SameSite=Strict cookie for localhost, then on to the dashboard. Cookies belong to a host,
 * not a port, so the cookie set here reaches supervision-service on its own port. In production an OIDC-aware proxy
 * or provider sets the cookie instead (docs/security.md); never run this there: it hands out any token it is asked.
 */
public final class DevelopmentSignIn implements AutoCloseable {

    public static final String COOKIE = "permitholders_token";
    private static final Duration VALIDITY = Duration.ofHours(8);

    private final HttpServer server;

    private DevelopmentSignIn(HttpServer server) {
        this.server = server;
    }

    /**
     * @param port        0 for any free port
     * @param provinces   the provinces to offer, code to name
     * @param dashboard   where to go once signed in, e.g. http://localhost:8084/dashboard
     */
    public static DevelopmentSignIn start(int port, DevelopmentIssuer issuer, Map<String, String> provinces, String dashboard) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", port), 0);
            server.setExecutor(Executors.newSingleThreadExecutor(r -> {
                Thread thread = new Thread(r, "development-sign-in");
                thread.setDaemon(true);
                return thread;
            }));
            server.createContext("/", exchange -> {
                try (exchange) {
                    handle(exchange, issuer, provinces, dashboard);
                }
            });
            server.start();
            return new DevelopmentSignIn(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://localhost:" + server.getAddress().getPort() + "/";
    }

    private static void handle(HttpExchange exchange, DevelopmentIssuer issuer, Map<String, String> provinces, String dashboard)
            throws IOException {
        String path = exchange.getRequestURI().getPath();
        if ("POST".equals(exchange.getRequestMethod()) && path.equals("/aanmelden")) {
            Map<String, String> form = form(exchange.getRequestBody());
            String choice = form.getOrDefault("wie", "");
            String token;
            if (choice.equals("rijk")) {
                token = issuer.token("rijk-toezicht", java.util.List.of("rijk"), Map.of(), java.time.Instant.now(), VALIDITY);
            } else if (provinces.containsKey(choice)) {
                token = issuer.token("toezichthouder-" + choice, java.util.List.of("province"), Map.of("province", choice),
                        java.time.Instant.now(), VALIDITY);
            } else {
                respond(exchange, 400, page("<p role=\"alert\">Kies een provincie.</p>" + form(provinces)));
                return;
            }
            exchange.getResponseHeaders().add("Set-Cookie", COOKIE + "=" + token + "; Path=/; HttpOnly; SameSite=Strict; Max-Age="
                    + VALIDITY.toSeconds());
            exchange.getResponseHeaders().add("Location", dashboard);
            exchange.sendResponseHeaders(303, -1);
            return;
        }
        if (path.equals("/afmelden")) {
            exchange.getResponseHeaders().add("Set-Cookie", COOKIE + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0");
            respond(exchange, 200, page("<p>U bent afgemeld.</p><p><a href=\"/\">Opnieuw aanmelden</a></p>"));
            return;
        }
        if (!path.equals("/")) {
            respond(exchange, 404, page("<p>Deze pagina bestaat niet. <a href=\"/\">Naar aanmelden</a></p>"));
            return;
        }
        respond(exchange, 200, page(form(provinces)));
    }

    private static String form(Map<String, String> provinces) {
        StringBuilder options = new StringBuilder();
        provinces.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(p -> options.append(
                "<p><input type=\"radio\" name=\"wie\" id=\"wie-%1$s\" value=\"%1$s\" required><label for=\"wie-%1$s\">Provincie %2$s</label></p>"
                        .formatted(p.getKey(), p.getValue())));
        options.append("<p><input type=\"radio\" name=\"wie\" id=\"wie-rijk\" value=\"rijk\"><label for=\"wie-rijk\">Rijk (alle provincies, alleen inzien)</label></p>");
        return """
                <form method="post" action="/aanmelden"><fieldset><legend>Aanmelden als</legend>%s</fieldset>
                <p><button type="submit" id="aanmelden">Aanmelden</button></p></form>""".formatted(options);
    }

    private static String page(String body) {
        return """
                <!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Aanmelden — dashboard (ontwikkeling)</title>
                <style>body{font-family:system-ui,Arial,sans-serif;margin:2rem;color:#1a1a1a}button{padding:.4rem 1rem}
                :focus-visible{outline:3px solid #ffb612}</style></head>
                <body><main><h1>Aanmelden bij het dashboard</h1>
                <p>Ontwikkelomgeving: kies voor wie u het dashboard wilt zien. In productie meldt u zich aan bij de eigen
                identiteitsprovider.</p>%s</main></body></html>""".formatted(body);
    }

    private static Map<String, String> form(InputStream body) throws IOException {
        Map<String, String> form = new HashMap<>();
        String text = new String(body.readAllBytes(), StandardCharsets.UTF_8);
        for (String pair : text.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    private static void respond(HttpExchange exchange, int status, String html) throws IOException {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        exchange.getResponseHeaders().add("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
