package nl.permitholders.faulttests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The table the closing note asks for: per scenario what was written, what supervision counted, pass or fail and how
 * long it took. Printed and kept in target/fault-scenarios.md, rewritten after every scenario.
 */
final class ScenarioReport {

    /** What a scenario wrote (accepted by the writing services or put on the topics) and what supervision counted. */
    record Counts(String written, String counted) {
    }

    @FunctionalInterface
    interface Scenario {
        Counts run() throws Exception;
    }

    private record Row(String scenario, Counts counts, boolean passed, Duration took, String failure) {
    }

    private static final List<Row> ROWS = new ArrayList<>();

    private ScenarioReport() {
    }

    /** Runs the scenario, records its row whatever the outcome, and rethrows a failure so the test fails. */
    static void run(String scenario, Scenario body) throws Exception {
        Instant start = Instant.now();
        try {
            Counts counts = body.run();
            record(new Row(scenario, counts, true, Duration.between(start, Instant.now()), null));
        } catch (Exception | AssertionError e) {
            record(new Row(scenario, new Counts("", ""), false, Duration.between(start, Instant.now()),
                    String.valueOf(e.getMessage()).lines().findFirst().orElse("")));
            throw e;
        }
    }

    private static synchronized void record(Row row) {
        ROWS.add(row);
        StringBuilder table = new StringBuilder("| scenario | written | counted by supervision | result | duration |\n|---|---|---|---|---|\n");
        for (Row r : ROWS) {
            table.append("| ").append(r.scenario()).append(" | ").append(r.counts().written()).append(" | ")
                    .append(r.counts().counted()).append(" | ").append(r.passed() ? "pass" : "FAIL: " + r.failure())
                    .append(" | ").append(r.took().toSeconds()).append(" s |\n");
        }
        System.out.println("FAULT-SCENARIO " + row.scenario() + (row.passed() ? " passed" : " FAILED") + " in " + row.took().toSeconds() + " s");
        try {
            Path file = Path.of("target/fault-scenarios.md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, table.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
