package nl.permitholders.supervision.coaposition;

import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.permitholders.platform.api.ResourceNotFoundException;
import nl.permitholders.supervision.store.ReadPool;

/**
 * COA's position files as they were imported, read back: a province's imports, one with its lines, and the line that
 * stands for a municipality and reference date (the latest import's); {@link CoaPositionImportService} stores them.
 */
@ApplicationScoped
public class CoaPositionImportQueries {

    @Inject
    @ReactiveDataSource(ReadPool.NAME)
    Pool reads;

    /** Every import of the province, latest first. */
    public Uni<List<CoaPositionImport>> ofProvince(String provinceCode) {
        return CoaPositionImportStore.importsOfProvince(reads, provinceCode);
    }

    /** One import of the province with its lines in file order; 404 when the province has no such import. */
    public Uni<Map.Entry<CoaPositionImport, List<CoaPositionLine>>> one(String provinceCode, UUID id) {
        return ofProvince(provinceCode).flatMap(all -> {
            CoaPositionImport found = all.stream().filter(i -> i.id().equals(id)).findFirst()
                    .orElseThrow(() -> new ResourceNotFoundException("Province " + provinceCode + " has no import " + id + " of COA's positions."));
            return CoaPositionImportStore.linesOf(reads, id).map(lines -> Map.entry(found, lines));
        });
    }

    /**
     * Per municipality of the province and reference date, the line of the latest import that has one, by
     * municipality and date; only those on {@code referenceDate} when given.
     */
    public Uni<List<ImportedLine>> latestOfProvince(String provinceCode, LocalDate referenceDate) {
        return CoaPositionImportStore.latestOfProvinceOn(reads, provinceCode, referenceDate);
    }

    /**
     * The imported line for the municipality with the latest reference date from {@code from} to {@code to}, of the
     * latest import that has a line on that date; null if none has.
     */
    public Uni<ImportedLine> latest(String municipalityCode, LocalDate from, LocalDate to) {
        return latest(municipalityCode, from, to, null);
    }

    /** As {@link #latest(String, LocalDate, LocalDate)}, of import {@code importId} only when given. */
    public Uni<ImportedLine> latest(String municipalityCode, LocalDate from, LocalDate to, UUID importId) {
        return CoaPositionImportStore.latest(reads, municipalityCode, from, to, importId).map(found -> found.orElse(null));
    }

    /**
     * For every municipality with a line from {@code from} to {@code to} in an import of the province: its line with the
     * latest reference date, of the latest import of the province that has a line on that date; in code order.
     */
    public Uni<List<ImportedLine>> latestOfProvince(String provinceCode, LocalDate from, LocalDate to) {
        return CoaPositionImportStore.latestOfProvinceIn(reads, provinceCode, from, to);
    }

    /** The lines {@code lines} (per import, its line numbers) of the province's imports; those not found left out. */
    public Uni<List<ImportedLine>> linesOfProvince(String provinceCode, List<UUID> imports, List<Integer> lines) {
        return CoaPositionImportStore.linesOfProvince(reads, provinceCode, imports.toArray(UUID[]::new), lines.toArray(Integer[]::new));
    }

    /**
     * For every municipality of the country with a line from {@code from} to {@code to}: its line with the latest
     * reference date, of the latest import that has a line on that date; in code order.
     */
    public Uni<List<ImportedLine>> latestOfCountry(LocalDate from, LocalDate to) {
        return CoaPositionImportStore.latestOfCountry(reads, from, to);
    }
}
