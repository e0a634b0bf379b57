package nl.permitholders.supervision.coaposition;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.permitholders.platform.api.InvalidInputException;
import nl.permitholders.platform.api.InvalidParam;
import nl.permitholders.platform.security.Caller;

/**
 * COA's position files as province staff (or the Rijk, for the whole country) imported them: storing one (all its lines
 * or none); {@link CoaPositionImportQueries} reads them back. Every import is kept; for a municipality and reference date
 * the latest import stands.
 */
@ApplicationScoped
public class CoaPositionImportService {

    public static final int FILE_NAME_MAX = 200;

    @Inject
    Pool pool;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /**
     * Stores the file's lines as an import of {@code provinceCode} by the caller; 400 naming every line refused in
     * reading and every line whose municipality is not one of the province's (the register's), nothing stored then.
     */
    public Uni<CoaPositionImport> store(String provinceCode, String fileName, CoaPositionFile.Read read, StandConvention convention) {
        return pool.withTransaction(db -> provincesOf(db, read.lines()).flatMap(provinces -> {
            List<InvalidParam> refusals = new ArrayList<>(read.refusals());
            for (CoaPositionLine line : read.lines()) {
                if (!provinceCode.equals(provinces.get(line.municipalityCode()))) {
                    refusals.add(new InvalidParam("line " + line.line() + ": Gemeentecode", line.municipalityCode()
                            + " is not one of the municipalities of province " + provinceCode + " (you may import only your own province's)"));
                }
            }
            if (!refusals.isEmpty()) {
                throw new InvalidInputException(refusals);
            }
            return insert(db, provinceCode, fileName, read.lines(), convention);
        }));
    }

    /**
     * Stores COA's file of the whole country, as the Rijk imports it: one import per province its lines belong to, all
     * in one transaction, so that each province's reconciliation shows its own lines. 400 naming every line refused in
     * reading and every line whose municipality is not registered, nothing stored then. The imports in province order.
     */
    public Uni<List<CoaPositionImport>> storeNational(String fileName, CoaPositionFile.Read read, StandConvention convention) {
        return pool.withTransaction(db -> provincesOf(db, read.lines()).flatMap(provinces -> {
            List<InvalidParam> refusals = new ArrayList<>(read.refusals());
            Map<String, List<CoaPositionLine>> perProvince = new java.util.TreeMap<>();
            for (CoaPositionLine line : read.lines()) {
                String province = provinces.get(line.municipalityCode());
                if (province == null) {
                    refusals.add(new InvalidParam("line " + line.line() + ": Gemeentecode", line.municipalityCode()
                            + " is not a registered municipality"));
                } else {
                    perProvince.computeIfAbsent(province, p -> new ArrayList<>()).add(line);
                }
            }
            if (!refusals.isEmpty()) {
                throw new InvalidInputException(refusals);
            }
            Uni<List<CoaPositionImport>> stored = Uni.createFrom().item(new ArrayList<>());
            for (Map.Entry<String, List<CoaPositionLine>> province : perProvince.entrySet()) {
                stored = stored.call(done -> insert(db, province.getKey(), fileName, province.getValue(), convention).invoke(done::add));
            }
            return stored;
        }));
    }

    private static Uni<Map<String, String>> provincesOf(SqlConnection db, List<CoaPositionLine> lines) {
        String[] codes = lines.stream().map(CoaPositionLine::municipalityCode).distinct().toArray(String[]::new);
        return CoaPositionImportStore.provincesOf(db, codes);
    }

    private Uni<CoaPositionImport> insert(SqlConnection db, String provinceCode, String fileName, List<CoaPositionLine> lines,
                               StandConvention convention) {
        CoaPositionImport stored = new CoaPositionImport(UUID.randomUUID(), provinceCode, fileName, caller.name(),
                Instant.now(clock).truncatedTo(ChronoUnit.MICROS), lines.size(), convention);
        return CoaPositionImportStore.insertImport(db, stored.id(), provinceCode, fileName, stored.importedBy(), stored.importedAt(),
                        convention.name())
                .chain(() -> CoaPositionImportStore.insertLines(db, stored.id(), lines))
                .chain(() -> CoaPositionImportStore.raiseVersionOfAdopters(db, lines.stream().map(CoaPositionLine::municipalityCode).distinct().toArray(String[]::new)))
                .replaceWith(stored);
    }
}
