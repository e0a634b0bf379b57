package nl.permitholders.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import nl.permitholders.infrastructure.SystemStack;
import nl.permitholders.infrastructure.SystemStack.Service;

/**
 * 5. Bulk imports: a VERA batch of Toewijzingen into housing-stock, and CBS populations of every municipality into
 * quota, each beside plain INSERTs of as many rows in one transaction.
 */
final class BulkImports {

    static final String CORPORATION = "BENCH-CORP";
    /** The national register's size: the population import covers this many municipalities. */
    static final String NATIONAL_PROVINCE = "PV98";

    private final SystemStack stack;
    private final Http http;
    private final Floors floors;
    private final HttpClient client = HttpClient.newHttpClient();
    private final AtomicInteger batches = new AtomicInteger();
    private final AtomicInteger years = new AtomicInteger(2030);
    private final List<String> nationalCodes = new ArrayList<>();

    BulkImports(SystemStack stack, Http http, Floors floors) {
        this.stack = stack;
        this.http = http;
        this.floors = floors;
        try (Connection c = floors.connect(Floors.FLOOR_DATABASE); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS allocation (id UUID PRIMARY KEY, external_id TEXT NOT NULL, corporation_id TEXT NOT NULL, "
                    + "municipality_code TEXT NOT NULL, allocated_on DATE NOT NULL, unit_reference TEXT NOT NULL, persons INT NOT NULL, "
                    + "additional_target_group TEXT, UNIQUE (corporation_id, external_id))");
            s.execute("CREATE TABLE IF NOT EXISTS population (municipality_code TEXT NOT NULL, reference_date DATE NOT NULL, "
                    + "name TEXT NOT NULL, population INT NOT NULL, version INT NOT NULL, PRIMARY KEY (municipality_code, reference_date, version))");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Registers {@code count} municipalities through quota's CSV import, as the Rijk sets up the national register. */
    Duration registerNationalMunicipalities(int count) {
        String rijk = stack.issuer().rijk();
        expectOk(http.put(stack.url(Service.QUOTA) + "/provinces/" + NATIONAL_PROVINCE, rijk, Map.of("name", "Nationaal")));
        StringBuilder csv = new StringBuilder("code;name;provinceCode\n");
        for (int i = 0; i < count; i++) {
            String code = String.format("GM8%03d", i);
            nationalCodes.add(code);
            csv.append(code).append(";Gemeente ").append(i).append(';').append(NATIONAL_PROVINCE).append('\n');
        }
        long start = System.nanoTime();
        expectOk(putCsv(stack.url(Service.QUOTA) + "/municipalities", csv.toString()));
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** The {@code i}-th of the first {@code count} registered municipalities, round and round. */
    String nationalMunicipality(int i, int count) {
        return nationalCodes.get(i % Math.min(count, nationalCodes.size()));
    }

    /** Seconds for one CBS population CSV of every registered municipality, and for its floor. */
    double[] populationImport() {
        String referenceDate = years.getAndIncrement() + "-01-01";
        StringBuilder csv = new StringBuilder("code;name;population\n");
        for (int i = 0; i < nationalCodes.size(); i++) {
            csv.append(nationalCodes.get(i)).append(";Gemeente ").append(i).append(';').append(10_000 + 37 * i).append('\n');
        }
        long start = System.nanoTime();
        expectOk(putCsv(stack.url(Service.QUOTA) + "/populations/" + referenceDate, csv.toString()));
        double seconds = (System.nanoTime() - start) / 1e9;
        long floorStart = System.nanoTime();
        insertInOneTransaction("INSERT INTO population VALUES (?, DATE '" + referenceDate + "', ?, ?, 1)", nationalCodes.size(), (insert, i) -> {
            insert.setString(1, nationalCodes.get(i));
            insert.setString(2, "Gemeente " + i);
            insert.setInt(3, 10_000 + 37 * i);
        });
        return new double[] {seconds, (System.nanoTime() - floorStart) / 1e9};
    }

    /** Seconds for one VERA batch of {@code size} Toewijzingen in {@code municipality}, and for its floor. */
    double[] veraBatch(int size, String municipality) {
        awaitKnownToHousingStock(municipality);
        String batch = "B" + batches.incrementAndGet();
        List<Map<String, Object>> toewijzingen = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Map<String, Object> toewijzing = new LinkedHashMap<>();
            toewijzing.put("idExtern", "TW-" + batch + "-" + i);
            toewijzing.put("idOrganisatie", CORPORATION);
            toewijzing.put("datum", "2026-02-" + String.format("%02d", 1 + i % 28) + "T10:00:00Z");
            toewijzing.put("eenheid", "https://vastgoed.example.org/eenheden/" + batch + "-" + i);
            toewijzing.put("huishoudgrootte", 1 + i % 4);
            toewijzing.put("aanvullendeDoelgroep", Map.of("code", i % 5 == 0 ? "STH" : "ZIN"));
            toewijzing.put("extra-attributen", List.of(Map.of("naam", "gemeentecode", "waarde", municipality)));
            toewijzingen.add(toewijzing);
        }
        long start = System.nanoTime();
        Http.Answer answer = http.post(stack.url(Service.HOUSING_STOCK) + "/vera/toewijzing-batches",
                stack.issuer().corporation(CORPORATION), toewijzingen);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (answer.status() != 200 || answer.json().get("accepted").asInt() != size) {
            throw new IllegalStateException("VERA batch not accepted whole: " + answer.status() + " "
                    + answer.body().substring(0, Math.min(2000, answer.body().length())));
        }
        long floorStart = System.nanoTime();
        insertInOneTransaction("INSERT INTO allocation VALUES (?, ?, ?, ?, DATE '2026-02-01', ?, ?, ?)", size, (insert, i) -> {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, "TW-" + batch + "-" + i);
            insert.setString(3, CORPORATION);
            insert.setString(4, municipality);
            insert.setString(5, "https://vastgoed.example.org/eenheden/" + batch + "-" + i);
            insert.setInt(6, 1 + i % 4);
            insert.setString(7, i % 5 == 0 ? "STH" : "ZIN");
        });
        return new double[] {seconds, (System.nanoTime() - floorStart) / 1e9};
    }

    private void awaitKnownToHousingStock(String municipality) {
        // housing-stock learns the municipality register from quota.events; until then it refuses the allocations.
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        String token = stack.issuer().corporation(CORPORATION);
        while (http.get(stack.url(Service.HOUSING_STOCK) + "/municipalities/" + municipality, token).status() != 200) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("housing-stock does not know " + municipality);
            }
            Thread.onSpinWait();
        }
    }

    private interface RowSetter {
        void set(PreparedStatement insert, int row) throws SQLException;
    }

    private void insertInOneTransaction(String sql, int rows, RowSetter setter) {
        try (Connection c = floors.connect(Floors.FLOOR_DATABASE); PreparedStatement insert = c.prepareStatement(sql)) {
            c.setAutoCommit(false);
            for (int i = 0; i < rows; i++) {
                setter.set(insert, i);
                insert.addBatch();
            }
            insert.executeBatch();
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Http.Answer putCsv(String url, String csv) {
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Bearer " + stack.issuer().rijk()).header("Content-Type", "text/csv")
                    .timeout(Duration.ofMinutes(5)).PUT(HttpRequest.BodyPublishers.ofString(csv)).build(), HttpResponse.BodyHandlers.ofString());
            return new Http.Answer(response.statusCode(), response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void expectOk(Http.Answer answer) {
        if (answer.status() != 200 && answer.status() != 201) {
            throw new IllegalStateException("import failed: " + answer.status() + " "
                    + answer.body().substring(0, Math.min(2000, answer.body().length())));
        }
    }
}
