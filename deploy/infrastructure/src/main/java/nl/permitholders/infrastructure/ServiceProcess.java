package nl.permitholders.infrastructure;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** One packaged service ({@code target/quarkus-app/quarkus-run.jar}) running as its own process. */
public final class ServiceProcess implements AutoCloseable {

    // HTTP/1.1, as a kubelet probe asks: a probe that times out ends its own connection, instead of one stream of an
    // HTTP/2 connection (after an h2c upgrade) that every later probe of the service shares.
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    /** Where Quarkus writes the archive, beside quarkus-run.jar. */
    static final String APP_CDS_ARCHIVE = "app-cds.jsa";

    private final String name;
    private final int port;
    private final Path logFile;
    private final Process process;
    private final Instant startedAt;
    private final Path jar;
    private final Map<String, String> environment;
    private final List<String> jvmOptions;

    private ServiceProcess(String name, int port, Path logFile, Process process, Instant startedAt, Path jar,
                           Map<String, String> environment, List<String> jvmOptions) {
        this.name = name;
        this.port = port;
        this.logFile = logFile;
        this.process = process;
        this.startedAt = startedAt;
        this.jar = jar;
        this.environment = Map.copyOf(environment);
        this.jvmOptions = List.copyOf(jvmOptions);
    }

    /** Starts {@code java -jar jar} with the given environment; output goes to {@code logFile}. */
    public static ServiceProcess start(String name, Path jar, int port, Map<String, String> environment, List<String> jvmOptions,
                                       Path logFile) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(name + " is not packaged: " + jar + " is missing (run ./mvnw package)");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        Optional<String> archive = classDataSharing(jar, jvmOptions);
        archive.ifPresent(command::add);
        command.add("-jar");
        // The archive names the class path as it was packaged (quarkus-run.jar, relative): started from elsewhere, the
        // JVM would not use it.
        command.add(archive.isPresent() ? jar.getFileName().toString() : jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        archive.ifPresent(a -> builder.directory(jar.toAbsolutePath().getParent().toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        try {
            Files.createDirectories(logFile.getParent());
            builder.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            Instant startedAt = Instant.now();
            return new ServiceProcess(name, port, logFile, builder.start(), startedAt, jar, environment, jvmOptions);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
    }

    /**
     * The application's class-data-sharing archive, when the service was packaged with one
     * ({@code -Dquarkus.package.jar.appcds.enabled=true}, docs/performance.md, "What limits each figure", 7): the JVM
     * then maps the classes the service loads at start instead of reading, verifying and parsing them again. Left out
     * when the options choose an archive or none; a JVM that cannot use the archive (another JDK) says so in the log and
     * starts without it.
     */
    static Optional<String> classDataSharing(Path jar, List<String> jvmOptions) {
        Path archive = jar.resolveSibling(APP_CDS_ARCHIVE);
        boolean chosen = jvmOptions.stream().anyMatch(o -> o.startsWith("-XX:SharedArchiveFile") || o.startsWith("-Xshare"));
        return chosen || !Files.isRegularFile(archive) ? Optional.empty() : Optional.of("-XX:SharedArchiveFile=" + archive.toAbsolutePath());
    }

    public String name() {
        return name;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public Path logFile() {
        return logFile;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    /** The exit code, once the process has ended. */
    public int exitValue() {
        return process.exitValue();
    }

    /**
     * The same service started again with the same jar, environment (database, broker) and port, e.g. after
     * {@link #kill()}; output is appended to the same log. This process must have ended.
     */
    public ServiceProcess startAgain() {
        if (process.isAlive()) {
            throw new IllegalStateException(name + " is still running");
        }
        return start(name, jar, port, environment, jvmOptions, logFile);
    }

    /**
     * Another instance of the same service beside this one, on {@code otherPort}, sharing its database and broker
     * (and so its consumer groups and outbox), logging to {@code otherLogFile}.
     */
    public ServiceProcess startAnotherInstance(int otherPort, Path otherLogFile) {
        return start(name + "#" + otherPort, jar, otherPort, environment, jvmOptions, otherLogFile);
    }

    /** Ends the process with SIGKILL, as a crash or an OOM kill would: no shutdown hook, nothing flushed. */
    public void kill() {
        try {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The log's last {@code n} lines, each cut to 400 characters: why a start failed, kept in the test's report. */
    private String lastLines(int n) {
        try {
            List<String> lines = Files.readAllLines(logFile);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - n), lines.size()).stream()
                    .map(line -> line.length() > 400 ? line.substring(0, 400) + "..." : line).toList());
        } catch (IOException | RuntimeException e) {
            return "(not readable: " + e + ")";
        }
    }

    /** Waits until the readiness check (its database, no consumer waiting for it) answers UP; returns how long start-up took. */
    public Duration awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + logFile
                        + " (a packaged system's next start keeps it as service-logs.previous); its last lines:\n" + lastLines(12));
            }
            if (isReady()) {
                return Duration.between(startedAt, Instant.now());
            }
            Pause.briefly();
        }
        throw new IllegalStateException(name + " was not ready after " + timeout + "; see " + logFile);
    }

    public boolean isReady() {
        return readiness().startsWith("200 ");
    }

    /**
     * What the readiness check answers now: its status code and body (which names each check: the database, the
     * consumers waiting for it), or why it could not be asked. For failure messages: "not ready" alone does not say what is down.
     */
    public String readiness() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready")).timeout(Duration.ofSeconds(2)).build();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() + " " + response.body();
        } catch (IOException e) {
            return "no answer: " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** Resident memory of the process in kibibytes, from /proc (Linux). */
    public long residentMemoryKib() {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")))
                    .findFirst().orElse(-1L);
        } catch (IOException e) {
            return -1;
        }
    }

    /** Stops gracefully (SIGTERM: in-flight requests finish), forcibly after 30 seconds. */
    public void stop() {
        stopGracefully(Duration.ofSeconds(30));
    }

    /**
     * Sends SIGTERM and waits up to {@code timeout} for the process to end by itself; true if it did, false if it
     * had to be killed.
     */
    public boolean stopGracefully(Duration timeout) {
        if (!process.isAlive()) {
            return true;
        }
        process.destroy();
        try {
            if (process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                return true;
            }
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return false;
        }
    }

    @Override
    public void close() {
        stop();
    }
}
