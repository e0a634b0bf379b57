package nl.permitholders.supervision.projection;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.permitholders.supervision.ledger.LedgerEntry;
import nl.permitholders.supervision.ledger.LedgerEntry.PlannedPlaces;
import nl.permitholders.supervision.projection.ProjectionChange.Fact;
import nl.permitholders.supervision.projection.ProjectionChange.Merged;
import nl.permitholders.supervision.projection.ProjectionChange.MunicipalityStated;
import nl.permitholders.supervision.projection.ProjectionChange.ProvinceStated;

/**
 * Writes decoded events into the projection's tables in one schema: {@code public} for the live projection, the
 * rebuild's own schema while the projection is rebuilt from the topics. Both go through this one class, so a rebuild
 * writes exactly what the live consumer writes. Runs inside the caller's transaction, many events at a time.
 */
@ApplicationScoped
public class ProjectionStore {

    /** The tables that hold only what was learned from the topics (the inbox included): what a rebuild replaces. */
    public static final List<String> TABLES = List.of("province", "municipality", "ledger_entry", "capacity_plan_period", "merger",
            "processed_event");
    public static final String LIVE = "public";

    /**
     * Records the events as handled (the idempotent inbox) and applies those seen for the first time, in order; an
     * event delivered twice, in this batch or before, changes nothing the second time.
     *
     * @return the events applied now
     */
    public Uni<List<Decoded>> apply(SqlClient db, String schema, List<Decoded> events) {
        Map<UUID, Decoded> unique = new LinkedHashMap<>();
        events.forEach(e -> unique.putIfAbsent(e.event().id(), e));
        if (unique.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        UUID[] ids = unique.keySet().toArray(UUID[]::new);
        String[] types = unique.values().stream().map(e -> e.event().type()).toArray(String[]::new);
        return db.preparedQuery("INSERT INTO " + schema + ".processed_event (event_id, type) SELECT * FROM unnest($1::uuid[], $2::text[]) "
                        + "ON CONFLICT (event_id) DO NOTHING RETURNING event_id")
                .execute(Tuple.of(ids, types))
                .flatMap(inserted -> {
                    Set<UUID> first = new HashSet<>();
                    for (Row row : inserted) {
                        first.add(row.getUUID(0));
                    }
                    List<Decoded> applied = unique.values().stream().filter(e -> first.contains(e.event().id())).toList();
                    return write(db, schema, applied).replaceWith(applied);
                });
    }

    private Uni<Void> write(SqlClient db, String schema, List<Decoded> events) {
        List<Tuple> provinces = new ArrayList<>();
        List<Tuple> municipalities = new ArrayList<>();
        List<Tuple> entries = new ArrayList<>();
        List<Tuple> plannedPlaces = new ArrayList<>();
        List<Tuple> mergers = new ArrayList<>();
        for (Decoded event : events) {
            for (ProjectionChange change : event.changes()) {
                if (change instanceof ProvinceStated p) {
                    provinces.add(Tuple.of(p.code(), p.name()));
                } else if (change instanceof MunicipalityStated m) {
                    municipalities.add(Tuple.of(m.code(), m.name(), m.provinceCode()));
                } else if (change instanceof Fact f) {
                    entries.add(entryRow(f.entry()));
                    for (PlannedPlaces p : f.entry().plannedPlaces()) {
                        plannedPlaces.add(Tuple.of(f.entry().eventId(), p.period().toString(), p.places()));
                    }
                } else if (change instanceof Merged m) {
                    m.mergedCodes().forEach(code -> mergers.add(Tuple.of(code, m.newCode(), m.effective().toString())));
                }
            }
        }
        // Register entries and mergers in event order, the last statement standing; facts are only ever added.
        return batch(db, "INSERT INTO " + schema + ".province (code, name) VALUES ($1, $2) "
                        + "ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name", provinces)
                .chain(() -> batch(db, "INSERT INTO " + schema + ".municipality (code, name, province_code) VALUES ($1, $2, $3) "
                        + "ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, province_code = EXCLUDED.province_code", municipalities))
                .chain(() -> batch(db, "INSERT INTO " + schema + ".ledger_entry (event_id, event_type, municipality_code, kind, period, "
                        + "effective_date, persons, version, reference, occurred_at, coupling_id, unit_type, temporary_housing, household_type) "
                        + "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)", entries))
                .chain(() -> batch(db, "INSERT INTO " + schema + ".capacity_plan_period (event_id, period, permit_holder_places) "
                        + "VALUES ($1, $2, $3)", plannedPlaces))
                .chain(() -> batch(db, "INSERT INTO " + schema + ".merger (merged_code, new_code, effective_period) VALUES ($1, $2, $3) "
                        + "ON CONFLICT (merged_code) DO UPDATE SET new_code = EXCLUDED.new_code, effective_period = EXCLUDED.effective_period",
                        mergers));
    }

    private static Tuple entryRow(LedgerEntry e) {
        return Tuple.tuple()
                .addUUID(e.eventId())
                .addString(e.eventType())
                .addString(e.municipalityCode())
                .addString(e.kind().name())
                .addString(e.period() == null ? null : e.period().toString())
                .addLocalDate(e.effectiveDate())
                .addInteger(e.persons())
                .addInteger(e.version())
                .addString(e.reference())
                .addOffsetDateTime(e.occurredAt())
                .addString(e.couplingId())
                .addString(e.unitType())
                .addBoolean(e.temporary())
                .addString(e.householdType());
    }

    private static Uni<Void> batch(SqlClient db, String sql, List<Tuple> rows) {
        return rows.isEmpty() ? Uni.createFrom().voidItem() : db.preparedQuery(sql).executeBatch(rows).replaceWithVoid();
    }
}
