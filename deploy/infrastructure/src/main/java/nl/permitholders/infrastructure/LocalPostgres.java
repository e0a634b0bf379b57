package nl.permitholders.infrastructure;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * A real PostgreSQL server from the binaries that zonky ships in Maven jars. PostgreSQL refuses to run as root;
 * zonky then runs it in a user namespace ({@code unshare -U}), which needs util-linux and a {@code nobody} user.
 */
public final class LocalPostgres implements AutoCloseable {

    public static final String USER = "postgres";
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private final int port;
    private final Path dataDirectory;
    private final boolean temporary;
    private EmbeddedPostgres server;

    private LocalPostgres(EmbeddedPostgres server, Path dataDirectory, boolean temporary) {
        this.server = server;
        this.port = server.getPort();
        this.dataDirectory = dataDirectory;
        this.temporary = temporary;
    }

    /**
     * Starts a server on the given port (0 = any free port). A {@code dataDirectory} of null uses a fresh temporary
     * cluster that is removed on close; an existing directory is reused, so data survives a restart.
     */
    public static LocalPostgres start(int port, Path dataDirectory) {
        try {
            // A temporary cluster is still kept in a directory of our own, so that restart() finds its data again.
            boolean temporary = dataDirectory == null;
            Path directory = temporary ? Files.createTempDirectory("postgres-") : dataDirectory;
            return new LocalPostgres(startServer(port, directory), directory, temporary);
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start", e);
        }
    }

    private static EmbeddedPostgres startServer(int port, Path dataDirectory) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setServerConfig("max_connections", "300")
                .setServerConfig("fsync", "on")
                // As PostgreSQL ships and as production runs it: a commit returns once its WAL is on disk. (The embedded
                // server's builder turns this off by default, which made every commit, and the benchmarks' floors, cheaper
                // than in any real deployment.)
                .setServerConfig("synchronous_commit", "on")
                .setPGStartupWait(java.time.Duration.ofSeconds(60))
                .setDataDirectory(dataDirectory).setCleanDataDirectory(false);
        if (port > 0) {
            builder.setPort(port);
        }
        return builder.start();
    }

    public int port() {
        return port;
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    /** Stops the server (fast shutdown: open connections are ended), keeping its data; clients see an outage. */
    public synchronized void stop() {
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                throw new UncheckedIOException("PostgreSQL did not stop cleanly", e);
            } finally {
                server = null;
            }
        }
    }

    /** Starts the server again on the same port and data, after {@link #stop()}. */
    public synchronized void restart() {
        if (server == null) {
            try {
                server = startServer(port, dataDirectory);
            } catch (IOException e) {
                throw new UncheckedIOException("PostgreSQL did not start again", e);
            }
        }
    }

    /** Creates the database unless it exists already; safe to call from several test JVMs' resources. */
    public void createDatabaseIfMissing(String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a database name: " + name);
        }
        try (Connection connection = server.getPostgresDatabase().getConnection();
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            try (ResultSet rows = exists.executeQuery()) {
                if (rows.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + name);
            }
        } catch (SQLException e) {
            if ("42P04".equals(e.getSQLState())) {
                return; // created concurrently
            }
            throw new IllegalStateException("could not create database " + name, e);
        }
    }

    /** The events of a subject (a municipality) still waiting in a service's transactional outbox. */
    public int unpublishedEvents(String database, String subject) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl(database), USER, "");
             PreparedStatement query = connection.prepareStatement(
                     "SELECT count(*) FROM outbox_event WHERE subject = ? AND published_at IS NULL")) {
            query.setString(1, subject);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not count the outbox of " + database, e);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    public String reactiveUrl(String database) {
        return "postgresql://localhost:" + port() + "/" + database;
    }

    @Override
    public void close() {
        stop();
        if (temporary) {
            Directories.deleteRecursively(dataDirectory);
        }
    }
}
