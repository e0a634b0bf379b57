package nl.permitholders.localstack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of the demo, read from the data files in {@code src/main/resources/demo} (each names its sources and marks
 * what is invented; demo/README.md says which is which), and the municipalities' quotas that follow from them by R1.
 */
final class DemoFigures {

    /** The national quota of a half-year, whether provisional or final, and where the figure comes from. */
    record NationalQuota(String period, int persons, String status, String source) {
    }

    /** A municipality's backlog on 1 January and 1 July 2024, and its pace from 2024-II on (null for Almelo). */
    record Backlogs(String code, String name, int firstOfJanuary2024, int firstOfJuly2024, Double pace) {
    }

    /** A measure of Almelo's plan of approach with the term the plan gives it. */
    record Measure(String title, String term) {
    }

    private static final String NATIONAL = "NL";

    final List<NationalQuota> nationalQuotas;
    /** Approximate populations by municipality code; not a CBS extract (demo/populations.csv). */
    final Map<String, Integer> populations;
    final long nationalPopulation;
    final Map<String, Backlogs> backlogs;
    /** Almelo's plan of approach of 27 March 2025, its table of figures: item → period → persons. */
    final Map<String, Map<String, Integer>> almeloPlan;
    final List<Measure> almeloMeasures;

    private DemoFigures(List<NationalQuota> nationalQuotas, Map<String, Integer> populations, long nationalPopulation,
                        Map<String, Backlogs> backlogs, Map<String, Map<String, Integer>> almeloPlan, List<Measure> almeloMeasures) {
        this.nationalQuotas = nationalQuotas;
        this.populations = populations;
        this.nationalPopulation = nationalPopulation;
        this.backlogs = backlogs;
        this.almeloPlan = almeloPlan;
        this.almeloMeasures = almeloMeasures;
    }

    static DemoFigures load() {
        List<NationalQuota> national = rows("national-quotas.csv").stream()
                .map(r -> new NationalQuota(r.get("period"), Integer.parseInt(r.get("persons")), r.get("status"), r.get("source")))
                .toList();
        Map<String, Integer> populations = new TreeMap<>();
        long nationalPopulation = 0;
        for (Map<String, String> row : rows("populations.csv")) {
            if (row.get("code").equals(NATIONAL)) {
                nationalPopulation = Long.parseLong(row.get("population"));
            } else {
                populations.put(row.get("code"), Integer.parseInt(row.get("population")));
            }
        }
        Map<String, Backlogs> backlogs = new TreeMap<>();
        for (Map<String, String> row : rows("overijssel-backlogs.csv")) {
            backlogs.put(row.get("code"), new Backlogs(row.get("code"), row.get("name"), Integer.parseInt(row.get("backlog_2024_01_01")),
                    Integer.parseInt(row.get("backlog_2024_07_01")), row.get("pace").isEmpty() ? null : Double.valueOf(row.get("pace"))));
        }
        Map<String, Map<String, Integer>> plan = new LinkedHashMap<>();
        for (Map<String, String> row : rows("almelo-plan-of-approach.csv")) {
            plan.computeIfAbsent(row.get("item"), item -> new TreeMap<>()).put(row.get("period"), Integer.parseInt(row.get("persons")));
        }
        List<Measure> measures = rows("almelo-measures.csv").stream().map(r -> new Measure(r.get("title"), r.get("term"))).toList();
        return new DemoFigures(national, populations, nationalPopulation, backlogs, plan, measures);
    }

    /**
     * R1 (docs/domain.md; quota-service's {@code QuotaDistribution}): the national total times the municipality's
     * population divided by the national population, rounded up. The demo registers Overijssel alone, so it takes the
     * share itself rather than have quota-service divide the national total over Overijssel's population only.
     */
    int quota(String municipality, NationalQuota national) {
        long share = (long) national.persons() * populations.get(municipality);
        return Math.toIntExact((share + nationalPopulation - 1) / nationalPopulation);
    }

    /** The national quota of a half-year: its own line, or after the last line the last line's (invented either way). */
    NationalQuota nationalQuota(String period) {
        return nationalQuotas.stream().filter(q -> q.period().equals(period)).findFirst()
                .orElseGet(() -> nationalQuotas.get(nationalQuotas.size() - 1));
    }

    /** A data file's lines under its header, by column name; lines starting with '#' are its notes on the sources. */
    private static List<Map<String, String>> rows(String file) {
        try (InputStream in = DemoFigures.class.getResourceAsStream("/demo/" + file)) {
            if (in == null) {
                throw new IllegalStateException("demo/" + file + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
            List<String> header = Arrays.asList(lines.get(0).split(";"));
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] fields = line.split(";", -1);
                if (fields.length != header.size()) {
                    throw new IllegalStateException("demo/" + file + ": " + header.size() + " fields expected in '" + line + "'");
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < fields.length; i++) {
                    row.put(header.get(i), fields[i].strip());
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
