package nl.permitholders.supervision.opendata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import nl.permitholders.platform.period.Period;
import nl.permitholders.display.Table;
import nl.permitholders.display.TableExport;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Writes a version's files: the CSV through the dashboard's {@link TableExport} (one way of writing CSV in the
 * service), the JSON with the same rows and the version's metadata. The bytes written are stored and served as they
 * are, so what was published stays what it was.
 */
public final class OpenDataFiles {

    /** The figures of the government: CC0 1.0, the EU's licence vocabulary's name for it. */
    public static final String LICENCE = "http://publications.europa.eu/resource/authority/licence/CC0";

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** What a version says about itself in its JSON files. */
    public record Metadata(
            @Schema(pattern = "^\\d{4}-H[12]$", example = "2025-H2") String period, int version, LocalDate positionDate,
            Instant publishedAt, PublicationKind kind, String reason, String license) {
    }

    @Schema(name = "OpenDataHalfYearFile", requiredProperties = {"period", "version", "positionDate", "publishedAt", "kind", "reason",
            "license", "rows"})
    public record HalfYearFile(String period, int version, LocalDate positionDate, Instant publishedAt, PublicationKind kind,
                               String reason, String license, List<HalfYearRow> rows) {
    }

    @Schema(name = "OpenDataMonthlyFile", requiredProperties = {"period", "version", "positionDate", "publishedAt", "kind", "reason",
            "license", "rows"})
    public record MonthlyFile(String period, int version, LocalDate positionDate, Instant publishedAt, PublicationKind kind,
                              String reason, String license, List<MonthRow> rows) {
    }

    /** The four files of a version. */
    public record Files(byte[] halfYearCsv, byte[] halfYearJson, byte[] monthlyCsv, byte[] monthlyJson) {
    }

    private OpenDataFiles() {
    }

    public static Files write(OpenDataSnapshot snapshot, Metadata m) {
        return new Files(halfYearCsv(snapshot.halfYear()),
                json(new HalfYearFile(m.period(), m.version(), m.positionDate(), m.publishedAt(), m.kind(), m.reason(), m.license(),
                        snapshot.halfYear())),
                monthlyCsv(snapshot.months()),
                json(new MonthlyFile(m.period(), m.version(), m.positionDate(), m.publishedAt(), m.kind(), m.reason(), m.license(),
                        snapshot.months())));
    }

    /** The snapshot a version's JSON files were written from. */
    public static OpenDataSnapshot read(byte[] halfYearJson, byte[] monthlyJson) {
        try {
            HalfYearFile halfYear = JSON.readValue(halfYearJson, HalfYearFile.class);
            MonthlyFile months = JSON.readValue(monthlyJson, MonthlyFile.class);
            return new OpenDataSnapshot(Period.parse(halfYear.period()), halfYear.positionDate(), halfYear.rows(), months.rows());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The SHA-256 of the figures alone, without the metadata: equal figures, equal digest. */
    public static String digest(OpenDataSnapshot snapshot) {
        byte[] halfYear = halfYearCsv(snapshot.halfYear());
        byte[] months = monthlyCsv(snapshot.months());
        byte[] both = new byte[halfYear.length + months.length];
        System.arraycopy(halfYear, 0, both, 0, halfYear.length);
        System.arraycopy(months, 0, both, halfYear.length, months.length);
        return sha256(both);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] halfYearCsv(List<HalfYearRow> rows) {
        return TableExport.csv(List.of(Table.of("half-year", "half-year", HalfYearRow.COLUMNS,
                rows.stream().map(r -> row(r.values())).toList())));
    }

    static byte[] monthlyCsv(List<MonthRow> rows) {
        return TableExport.csv(List.of(Table.of("monthly", "monthly", MonthRow.COLUMNS,
                rows.stream().map(r -> row(r.values())).toList())));
    }

    private static Table.Row row(List<Object> values) {
        return Table.Row.of(values.stream().map(v -> v instanceof Integer n ? Table.Cell.number(n)
                : v instanceof LocalDate d ? Table.Cell.date(d) : Table.Cell.text(v == null ? null : v.toString())).toList());
    }

    private static byte[] json(Object file) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(file).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
