package nl.permitholders.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The municipal reorganisations of 2019–2025 as CBS records them ({@code reference/cbs/herindelingen-2019-2025.csv}),
 * on the register they started from: CBS's 380 municipalities of 2018, which follow from the 342 of 2024
 * ({@code reference/cbs/bevolking-2024-01-01.csv}) without the codes a merger formed since, with every code that ceased.
 * <p>
 * {@link #registerOf2019()} gives that register, {@link #reorganisations()} the reorganisations in the order they are
 * recorded (by date; on one date the mergers first, so that Winsum's receivers formed that day exist when it is split),
 * {@link #municipalitiesOn(LocalDate)} the register on a date as the file gives it (380, then 355 on 1 January 2019,
 * 352 in 2021, 345 in 2022, 344 from Weesp's absorption on 24 March 2022, 342 from 2023), and {@link #replay} records
 * it all through quota-service's public API (the demo of deploy/local-stack loads its register so). No HTTP client of
 * its own: the caller gives one ({@link QuotaApi}), so the demo's launcher can use it without the tests' libraries.
 * <p>
 * <b>Assumption:</b> CBS's file does not hold how a split was shared; the law that made it does. The two splits
 * (Winsum over Het Hogeland and Westerkwartier, Haaren over Boxtel, Oisterwijk, Tilburg and Vught) are replayed with
 * equal shares of 1 each, not the parts' populations.
 */
public final class ReorganisationHistory {

    private static final String POPULATIONS = "reference/cbs/bevolking-2024-01-01.csv";
    private static final String REORGANISATIONS = "reference/cbs/herindelingen-2019-2025.csv";
    /** The day before the first reorganisation of the file: the register it starts from. */
    public static final LocalDate START = LocalDate.of(2018, 12, 31);
    /** The equal share each receiver of a split is given (see the class comment). */
    public static final long ASSUMED_SHARE = 1;

    /** A municipality as the register of 2019 holds it. */
    public record Municipality(String code, String name, String provinceCode) {
    }

    /** A CBS kind of reorganisation. */
    public enum Kind {
        /** Merged into a newly formed municipality with a new code. */
        SAMENVOEGING,
        /** Absorbed into an existing municipality that keeps its code. */
        TOEVOEGING,
        /** Split over several municipalities. */
        OPSPLITSING
    }

    /**
     * One reorganisation: for a merger, the continuing municipality ({@code code}, with its name and province) and the
     * ceased ones ({@code parts}); for a split, the split municipality ({@code code}) and its receivers ({@code parts}).
     */
    public record Reorganisation(LocalDate date, Kind kind, String code, String name, String provinceCode, List<String> parts) {
        public Reorganisation {
            parts = List.copyOf(parts);
        }
    }

    private final Map<String, String> provinces;
    private final List<Municipality> register;
    private final List<Reorganisation> reorganisations;

    private ReorganisationHistory(Map<String, String> provinces, List<Municipality> register, List<Reorganisation> reorganisations) {
        this.provinces = provinces;
        this.register = register;
        this.reorganisations = reorganisations;
    }

    /** Reads both files from the class path. */
    public static ReorganisationHistory load() {
        Map<String, String> provinces = new TreeMap<>();
        Map<String, Municipality> known = new TreeMap<>();
        for (CSVRecord row : read(POPULATIONS)) {
            provinces.put(row.get("provinciecode"), row.get("provincienaam"));
            known.put(row.get("gemeentecode"), new Municipality(row.get("gemeentecode"), row.get("gemeentenaam"), row.get("provinciecode")));
        }
        Set<String> formed = new TreeSet<>();
        Map<String, Reorganisation> grouped = new LinkedHashMap<>();
        for (CSVRecord row : read(REORGANISATIONS)) {
            LocalDate date = LocalDate.parse(row.get("datum"));
            Kind kind = Kind.valueOf(row.get("soort").toUpperCase(java.util.Locale.ROOT));
            String oldCode = row.get("oude_code");
            String newCode = row.get("nieuwe_code");
            known.putIfAbsent(oldCode, new Municipality(oldCode, row.get("oude_naam"), row.get("oude_provinciecode")));
            if (kind == Kind.SAMENVOEGING) {
                formed.add(newCode);
            }
            String key = date + (kind == Kind.OPSPLITSING ? " split " + oldCode : " merger " + newCode);
            Reorganisation standing = grouped.get(key);
            List<String> parts = new ArrayList<>(standing == null ? List.of() : standing.parts());
            parts.add(kind == Kind.OPSPLITSING ? newCode : oldCode);
            grouped.put(key, kind == Kind.OPSPLITSING
                    ? new Reorganisation(date, kind, oldCode, row.get("oude_naam"), row.get("oude_provinciecode"), parts)
                    : new Reorganisation(date, kind, newCode, row.get("nieuwe_naam"), row.get("nieuwe_provinciecode"), parts));
        }
        List<Municipality> register = known.values().stream().filter(m -> !formed.contains(m.code())).toList();
        List<Reorganisation> ordered = grouped.values().stream()
                .sorted(Comparator.comparing(Reorganisation::date).thenComparing(r -> r.kind() == Kind.OPSPLITSING)
                        .thenComparing(Reorganisation::code))
                .toList();
        return new ReorganisationHistory(provinces, register, ordered);
    }

    private static List<CSVRecord> read(String resource) {
        try (InputStream in = ReorganisationHistory.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            return CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** CBS's provinces (code → name). */
    public Map<String, String> provinces() {
        return provinces;
    }

    /** The 380 municipalities that existed on 31 December 2018, by code. */
    public List<Municipality> registerOf2019() {
        return register;
    }

    /** The reorganisations in the order {@link #replay} records them. */
    public List<Reorganisation> reorganisations() {
        return reorganisations;
    }

    /** The codes of the municipalities that exist on {@code date}, as the file gives the reorganisations up to it. */
    public Set<String> municipalitiesOn(LocalDate date) {
        Set<String> codes = new TreeSet<>();
        register.forEach(m -> codes.add(m.code()));
        for (Reorganisation r : reorganisations) {
            if (r.date().isAfter(date)) {
                break;
            }
            if (r.kind() == Kind.OPSPLITSING) {
                codes.remove(r.code());
            } else {
                codes.removeAll(r.parts());
                codes.add(r.code());
            }
        }
        return codes;
    }

    /**
     * quota-service's public API as the Rijk uses it to record the history; paths are relative to {@code /quota/v1}. The
     * demo's launcher and the tests each give their own HTTP client.
     */
    public interface QuotaApi {
        void putJson(String path, Map<String, Object> body);

        void putCsv(String path, String csv);

        void postJson(String path, Map<String, Object> body);

        /** The municipality's last day as quota-service has it ({@code validUntil}); null while it exists or when unknown. */
        LocalDate validUntil(String municipalityCode);
    }

    /**
     * Registers the provinces and the register of 2019 in quota-service and records every reorganisation through its
     * public API ({@code POST /quota/v1/mergers}, {@code POST /quota/v1/splits}), in {@link #reorganisations()}'s order.
     * Loading again changes nothing: registering the same names is idempotent, and a reorganisation whose first ceased
     * municipality already has its last day is skipped as recorded. A register that already holds a code the history
     * forms (a register made without the history) is refused by quota-service: start from an empty one.
     *
     * @return the reorganisations recorded by this call (0 when all were recorded before)
     */
    public int replay(QuotaApi quota) {
        provinces.forEach((code, name) -> quota.putJson("/provinces/" + code, Map.of("name", name)));
        StringBuilder csv = new StringBuilder("code;name;provinceCode\n");
        register.forEach(m -> csv.append(m.code()).append(';').append(m.name()).append(';').append(m.provinceCode()).append('\n'));
        quota.putCsv("/municipalities", csv.toString());
        int recorded = 0;
        for (Reorganisation r : reorganisations) {
            String ceasing = r.kind() == Kind.OPSPLITSING ? r.code() : r.parts().get(0);
            if (quota.validUntil(ceasing) != null) {
                continue;
            }
            if (r.kind() == Kind.OPSPLITSING) {
                quota.postJson("/splits", splitRequest(r));
            } else {
                quota.postJson("/mergers", mergerRequest(r));
            }
            recorded++;
        }
        return recorded;
    }

    /** The body of {@code POST /quota/v1/mergers} for a merger of the file. */
    public static Map<String, Object> mergerRequest(Reorganisation r) {
        if (r.kind() == Kind.OPSPLITSING) {
            throw new IllegalArgumentException(r + " is a split");
        }
        Map<String, Object> continuing = r.kind() == Kind.SAMENVOEGING
                ? Map.of("code", r.code(), "name", r.name(), "provinceCode", r.provinceCode())
                : Map.of("code", r.code());
        return Map.of("municipality", continuing, "mergedMunicipalityCodes", r.parts(), "effectiveDate", r.date().toString(),
                "reason", reason(r));
    }

    /** The body of {@code POST /quota/v1/splits} for a split of the file, each receiver with the {@link #ASSUMED_SHARE}. */
    public static Map<String, Object> splitRequest(Reorganisation r) {
        if (r.kind() != Kind.OPSPLITSING) {
            throw new IllegalArgumentException(r + " is not a split");
        }
        List<Map<String, Object>> receivers = r.parts().stream()
                .map(code -> Map.<String, Object>of("municipalityCode", code, "share", ASSUMED_SHARE)).toList();
        return Map.of("municipalityCode", r.code(), "receivers", receivers, "effectiveDate", r.date().toString(), "reason", reason(r));
    }

    private static String reason(Reorganisation r) {
        return "CBS " + r.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + r.date() + " (" + REORGANISATIONS + ")";
    }

    /** Every code the file names, for checks that the register reached a service whole. */
    public Set<String> everyCode() {
        Set<String> codes = new LinkedHashSet<>();
        register.forEach(m -> codes.add(m.code()));
        reorganisations.forEach(r -> {
            codes.add(r.code());
            codes.addAll(r.parts());
        });
        return codes;
    }
}
