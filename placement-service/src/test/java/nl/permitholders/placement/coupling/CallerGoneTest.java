package nl.permitholders.placement.coupling;

import static nl.permitholders.placement.Callers.asCoa;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.LongTaskTimer;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import nl.permitholders.placement.Callers;
import nl.permitholders.placement.Couplings;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A caller that disconnects while its write waits for a database connection (as happens when a client times out
 * under load, or when a stopping server closes a connection it had just accepted): the write is rolled back as a
 * whole, nothing of it is stored, no error is logged that nobody could act on, and registering it again works.
 *
 * <p>With a pool of one connection, a first registration holds the connection while it waits on a table lock taken
 * here; a second one queues for the connection, and its caller goes away before it gets one.
 */
@QuarkusTest
@TestProfile(CallerGoneTest.OneDatabaseConnection.class)
class CallerGoneTest {

    private static final String ROLLED_BACK = "A write was rolled back because its caller went away before it finished";
    private static final LocalDate COUPLED = LocalDate.of(2025, 3, 3);

    public static class OneDatabaseConnection implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.reactive.max-size", "1");
        }
    }

    @Inject
    MeterRegistry registry;

    private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureLog() {
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        Logger.getLogger("").removeHandler(capture);
    }

    @Test
    void aRegistrationWhoseCallerLeavesWhileItWaitsForTheDatabaseStoresNothingAndLogsNoError() throws Exception {
        String municipality = Couplings.newMunicipality();
        Map<String, Object> first = Couplings.single(municipality, COUPLED);
        Map<String, Object> abandoned = Couplings.single(municipality, COUPLED);
        LongTaskTimer connections = registry.get("http.server.connections").longTaskTimer();
        try (Connection database = database(); Socket firstCaller = new Socket("localhost", RestAssured.port)) {
            database.setAutoCommit(false);
            try (Statement lock = database.createStatement()) {
                // Reads pass, inserts wait: the first registration holds the only connection half-way.
                lock.execute("LOCK TABLE coupling IN SHARE MODE");
            }
            send(firstCaller, first);
            await("the first registration waits on the lock").atMost(Duration.ofSeconds(30))
                    .until(() -> sessionsWorkingOnCouplings() > 0);
            int openBefore = connections.activeTasks();
            try (Socket leaving = new Socket("localhost", RestAssured.port)) {
                send(leaving, abandoned);
                await("the second registration queues for the connection").atMost(Duration.ofSeconds(30))
                        .until(() -> waitingForADatabaseConnection() > 0);
            }
            await("the service saw the second caller go").atMost(Duration.ofSeconds(30))
                    .until(() -> connections.activeTasks() <= openBefore);
            database.commit();
            assertThat(statusLine(firstCaller)).as("the first registration's answer").contains(" 201 ");
        }

        await("the abandoned write has ended").atMost(Duration.ofSeconds(30))
                .until(() -> loggedMessage(ROLLED_BACK) || !errors().isEmpty());
        assertThat(errors()).as("errors logged").isEmpty();
        assertThat(couplingsWithReference(abandoned)).as("couplings stored for the abandoned request").isZero();
        assertThat(couplingsWithReference(first)).isEqualTo(1);

        asCoa().contentType(ContentType.JSON).body(abandoned).post("/placements/v1/couplings").then().statusCode(201);
        assertThat(couplingsWithReference(abandoned)).isEqualTo(1);
    }

    private List<String> errors() {
        return logged.stream().filter(record -> record.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(record -> record.getLoggerName() + ": " + record.getMessage()).toList();
    }

    private boolean loggedMessage(String message) {
        return logged.stream().anyMatch(record -> message.equals(record.getMessage()));
    }

    private double waitingForADatabaseConnection() {
        return registry.get("sql.pool.queue.size").gauge().value();
    }

    private static void send(Socket socket, Map<String, Object> coupling) throws Exception {
        String body = coupling.entrySet().stream()
                .map(field -> "\"" + field.getKey() + "\":"
                        + (field.getValue() instanceof Number ? field.getValue() : "\"" + field.getValue() + "\""))
                .reduce((a, b) -> a + "," + b).map(fields -> "{" + fields + "}").orElseThrow();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String head = "POST /placements/v1/couplings HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Authorization: Bearer " + Callers.issuer().coa() + "\r\nContent-Length: " + bytes.length + "\r\n\r\n";
        OutputStream out = socket.getOutputStream();
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.flush();
    }

    private static String statusLine(Socket socket) throws Exception {
        socket.setSoTimeout(30_000);
        return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
    }

    private static Connection database() throws SQLException {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class), "");
    }

    /** The service's database sessions inside a transaction that touches the coupling table (or waits to). */
    private static int sessionsWorkingOnCouplings() throws SQLException {
        try (Connection database = database(); Statement query = database.createStatement();
             ResultSet rows = query.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                     + "AND pid <> pg_backend_pid() AND state IN ('active', 'idle in transaction') AND query ILIKE '%coupling%'")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static int couplingsWithReference(Map<String, Object> coupling) throws SQLException {
        try (Connection database = database();
             PreparedStatement query = database.prepareStatement("SELECT count(*) FROM coupling WHERE coa_reference = ?")) {
            query.setString(1, (String) coupling.get("coaReference"));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
