package nl.permitholders.infrastructure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A real Keycloak on this machine, from its distribution on Maven Central (unpacked into deploy/local-stack/target by
 * the build; no Docker): {@code kc.sh start-dev} with the realm compose imports too
 * (deploy/compose/keycloak/permitholders-realm.json), its H2 database kept in a directory of its own. The realm's
 * placeholders (client secrets, the example users' password) get development values; the dashboard client's
 * redirect URIs name the dashboard this stack runs; and the realm signs its tokens with the stack's development key, so
 * that the services trust the realm alone and the tokens deploy/local/token and the demo data make are the realm's too
 * ({@link DevelopmentIssuer#inTheNameOf}). Development only: whoever reads this class knows the passwords and the key.
 */
public final class LocalKeycloak implements AutoCloseable {

    public static final String REALM = "permitholders";
    /** The dashboard client of the realm: public, authorization code with PKCE (S256). */
    public static final String DASHBOARD_CLIENT = "dashboard";
    /** The example users' password (each province's staff, rijk, almelo, enschede) in the local stack; compose sets its own. */
    public static final String USER_PASSWORD = "ontwikkeling";
    private static final String CLIENT_SECRET = "local-development-only";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)}");
    private static final Duration START_TIMEOUT = Duration.ofMinutes(6);

    private final Process process;
    private final int port;

    private LocalKeycloak(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Starts Keycloak and waits until the realm answers.
     *
     * @param root      the project's root
     * @param data      where Keycloak keeps its database (the realm is imported only when it is not there yet)
     * @param port      its HTTP port
     * @param dashboard the dashboard's base URL, e.g. http://localhost:8085/dashboard: where sign-ins may return to
     * @param key       the key the realm signs its tokens with
     * @param log       where its output goes
     */
    public static LocalKeycloak start(Path root, Path data, int port, String dashboard, DevelopmentIssuer key, Path log) {
        try {
            Path home = home(root);
            Path imports = Files.createDirectories(home.resolve("data/import"));
            Files.writeString(imports.resolve(REALM + "-realm.json"),
                    realm(Files.readString(root.resolve("deploy/compose/keycloak/permitholders-realm.json")), dashboard, key));
            Files.createDirectories(data);
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder("bash", home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--import-realm", "--http-port=" + port, "--db=dev-file",
                    "--db-url=jdbc:h2:file:" + data.toAbsolutePath().resolve("keycloakdb") + ";NON_KEYWORDS=VALUE",
                    "--bootstrap-admin-username=admin", "--bootstrap-admin-password=" + USER_PASSWORD)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            // kc.sh would take 70 % of the machine's memory otherwise.
            builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
            // A development Keycloak: C1 only starts it sooner on a machine of few cores.
            builder.environment().put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1");
            LocalKeycloak keycloak = new LocalKeycloak(builder.start(), port);
            keycloak.awaitRealm(log);
            return keycloak;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The realm's issuer, e.g. http://localhost:8180/realms/permitholders. */
    public String issuer() {
        return issuer(port);
    }

    /** The realm's issuer of a Keycloak on {@code port} of this machine, known before it starts. */
    public static String issuer(int port) {
        return "http://localhost:" + port + "/realms/" + REALM;
    }

    public int port() {
        return port;
    }

    /**
     * The realm file with development values for its placeholders, this dashboard's address in its client, and {@code key}
     * as its signing key (above the keys Keycloak generates: it signs with the active key of the highest priority).
     */
    static String realm(String realmFile, String dashboard, DevelopmentIssuer key) throws IOException {
        Matcher placeholders = PLACEHOLDER.matcher(realmFile);
        String resolved = placeholders.replaceAll(p -> "DASHBOARD_USER_PASSWORD".equals(p.group(1)) ? USER_PASSWORD : CLIENT_SECRET);
        ObjectMapper json = new ObjectMapper();
        ObjectNode realm = (ObjectNode) json.readTree(resolved);
        for (JsonNode client : realm.withArray("clients")) {
            if (DASHBOARD_CLIENT.equals(client.path("clientId").asText())) {
                URI base = URI.create(dashboard);
                ((ObjectNode) client).put("rootUrl", base.getScheme() + "://" + base.getRawAuthority());
                ((ObjectNode) client).set("redirectUris", json.createArrayNode().add(dashboard + "/*"));
                ((ObjectNode) client.path("attributes")).put("post.logout.redirect.uris", dashboard + "/*");
            }
        }
        ObjectNode signing = json.createObjectNode().put("name", "development-key").put("providerId", "rsa");
        signing.set("subComponents", json.createObjectNode());
        ObjectNode config = signing.putObject("config");
        config.putArray("privateKey").add(key.privateKeyBase64());
        config.putArray("priority").add("1000");
        config.putArray("algorithm").add("RS256");
        config.putArray("keyUse").add("SIG");
        config.putArray("active").add("true");
        config.putArray("enabled").add("true");
        realm.putObject("components").putArray("org.keycloak.keys.KeyProvider").add(signing);
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(realm);
    }

    private static Path home(Path root) throws IOException {
        Path unpacked = root.resolve("deploy/local-stack/target/keycloak");
        List<Path> homes;
        try (Stream<Path> entries = Files.exists(unpacked) ? Files.list(unpacked) : Stream.empty()) {
            homes = entries.filter(p -> Files.exists(p.resolve("bin/kc.sh"))).toList();
        }
        if (homes.size() != 1) {
            throw new IllegalStateException("Keycloak is not unpacked in " + unpacked
                    + ": build deploy/local-stack first (its package phase unpacks it; deploy/local/run does that)");
        }
        return homes.get(0);
    }

    private void awaitRealm(Path log) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest discovery = HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped with exit code " + process.exitValue() + "; see " + log);
            }
            try {
                if (http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            Pause.briefly();
        }
        close();
        throw new IllegalStateException("Keycloak did not answer within " + START_TIMEOUT + "; see " + log);
    }

    @Override
    public void close() {
        // kc.sh runs Keycloak as its child (it may relaunch it after a build), so stop the children too.
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            process.onExit().get();
            process.descendants().forEach(ProcessHandle::destroyForcibly);
        } catch (Exception e) {
            process.destroyForcibly();
        }
    }
}
