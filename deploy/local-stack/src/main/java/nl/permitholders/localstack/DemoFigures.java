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

    /** A municipality of CBS's division of 2024 with its province and its population on 1 January 2024 (Bron: CBS). */
    record CbsMunicipality(String code, String name, String provinceCode, String provinceName, int population) {
    }

    /** A figure of the Rijk's about the whole country in 2024 (item: backlog_carried_in, housed, backlog), with its source. */
    record NationalFigure(String item, String period, int persons, String source) {
    }

    /** A measure of Almelo's plan of approach with the term the plan gives it. */
    record Measure(String title, String term) {
    }

    /** CBS's populations of 1 January 2024 with the division of 2024, on the class path of deploy/infrastructure. */
    static final String CBS_POPULATIONS = "/reference/cbs/bevolking-2024-01-01.csv";

    final List<NationalQuota> nationalQuotas;
    /** CBS's municipalities of 2024 by code, with province and population on 1 January 2024. */
    final Map<String, CbsMunicipality> municipalities;
    /** CBS's population on 1 January 2024 by municipality code. */
    final Map<String, Integer> populations;
    /** The country's population, the sum of CBS's 342 (CBS's 17,942,942 on 1 January 2024). */
    final long nationalPopulation;
    final Map<String, Backlogs> backlogs;
    /** Almelo's plan of approach of 27 March 2025, its table of figures: item → period → persons. */
    final Map<String, Map<String, Integer>> almeloPlan;
    final List<Measure> almeloMeasures;
    /** The Rijk's figures of the country in 2024-I (demo/national-2024.csv). */
    final List<NationalFigure> national2024;

    private DemoFigures(List<NationalQuota> nationalQuotas, Map<String, CbsMunicipality> municipalities, Map<String, Backlogs> backlogs,
                        Map<String, Map<String, Integer>> almeloPlan, List<Measure> almeloMeasures, List<NationalFigure> national2024) {
        this.nationalQuotas = nationalQuotas;
        this.municipalities = municipalities;
        Map<String, Integer> populations = new TreeMap<>();
        municipalities.values().forEach(m -> populations.put(m.code(), m.population()));
        this.populations = populations;
        long nationalPopulation = 0;
        for (int population : populations.values()) {
            nationalPopulation += population;
        }
        this.nationalPopulation = nationalPopulation;
        this.backlogs = backlogs;
        this.almeloPlan = almeloPlan;
        this.almeloMeasures = almeloMeasures;
        this.national2024 = national2024;
    }

    static DemoFigures load() {
        List<NationalQuota> national = rows("national-quotas.csv").stream()
                .map(r -> new NationalQuota(r.get("period"), Integer.parseInt(r.get("persons")), r.get("status"), r.get("source")))
                .toList();
        Map<String, CbsMunicipality> municipalities = new TreeMap<>();
        for (Map<String, String> row : rows(CBS_POPULATIONS)) {
            municipalities.put(row.get("gemeentecode"), new CbsMunicipality(row.get("gemeentecode"), row.get("gemeentenaam"),
                    row.get("provinciecode"), row.get("provincienaam"), Integer.parseInt(row.get("inwoners"))));
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
        List<NationalFigure> national2024 = rows("national-2024.csv").stream().map(r -> new NationalFigure(r.get("item"),
                r.get("period"), Integer.parseInt(r.get("persons")), r.get("source"))).toList();
        return new DemoFigures(national, municipalities, backlogs, plan, measures, national2024);
    }

    /**
     * R1 (docs/domain.md; quota-service's {@code QuotaDistribution}): the national total times the municipality's
     * population divided by the national population, rounded up: what quota-service's distribution gives each
     * municipality, on CBS's populations.
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

    /** The Rijk's figure of the country for {@code item} (backlog_carried_in, housed, backlog) in 2024-I. */
    NationalFigure national2024(String item) {
        return national2024.stream().filter(f -> f.item().equals(item)).findFirst()
                .orElseThrow(() -> new IllegalStateException("demo/national-2024.csv has no " + item));
    }

    /**
     * A data file's lines under its header, by column name; lines starting with '#' are its notes on the sources. A
     * name starting with '/' is a class path resource, any other a file of demo/.
     */
    private static List<Map<String, String>> rows(String name) {
        String file = name.startsWith("/") ? name.substring(1) : "demo/" + name;
        try (InputStream in = DemoFigures.class.getResourceAsStream("/" + file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
            List<String> header = Arrays.asList(lines.get(0).split(";"));
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] fields = line.split(";", -1);
                if (fields.length != header.size()) {
                    throw new IllegalStateException(file + ": " + header.size() + " fields expected in '" + line + "'");
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
