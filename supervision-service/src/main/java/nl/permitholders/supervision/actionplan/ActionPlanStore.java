package nl.permitholders.supervision.actionplan;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;
import nl.permitholders.platform.persistence.ValuesRows;

/** The statements of the action plans ({@code action_plan}) and their measures' versions ({@code measure_version}). */
final class ActionPlanStore {

    private static final String PLAN_COLUMNS = "id, municipality_code, title, adopted_on, version, recorded_at";
    private static final String VERSION_COLUMNS = "id, measure_id, version, action_plan_id, plan_version, title, term, status, "
            + "expected_housed, reason, changed_by, recorded_at";
    private static final int VERSION_COLUMN_COUNT = 12;

    private ActionPlanStore() {
    }

    /** The municipality's plans, the most recently adopted first. */
    static Uni<List<ActionPlan>> of(SqlClient db, String municipalityCode) {
        return db.preparedQuery("SELECT " + PLAN_COLUMNS + " FROM action_plan WHERE municipality_code = $1 "
                + "ORDER BY adopted_on DESC, recorded_at DESC").execute(Tuple.of(municipalityCode)).map(ActionPlanStore::plans);
    }

    /** Every municipality's plans, each municipality's most recently adopted first (as {@link #of}). */
    static Uni<List<ActionPlan>> ofAll(SqlClient db) {
        return db.query("SELECT " + PLAN_COLUMNS + " FROM action_plan ORDER BY municipality_code, adopted_on DESC, recorded_at DESC")
                .execute().map(ActionPlanStore::plans);
    }

    /** The plan; empty when there is none. */
    static Uni<Optional<ActionPlan>> find(SqlClient db, UUID planId) {
        return db.preparedQuery("SELECT " + PLAN_COLUMNS + " FROM action_plan WHERE id = $1").execute(Tuple.of(planId))
                .map(rows -> plans(rows).stream().findFirst());
    }

    /** The plan, its row locked until the transaction ends, so that its changes run one at a time; empty when there is none. */
    static Uni<Optional<ActionPlan>> lock(SqlClient db, UUID planId) {
        return db.preparedQuery("SELECT " + PLAN_COLUMNS + " FROM action_plan WHERE id = $1 FOR UPDATE").execute(Tuple.of(planId))
                .map(rows -> plans(rows).stream().findFirst());
    }

    /** Every version of the measures of the plans, oldest first. */
    static Uni<List<MeasureVersion>> versions(SqlClient db, Collection<UUID> planIds) {
        if (planIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return db.preparedQuery("SELECT " + VERSION_COLUMNS + " FROM measure_version WHERE action_plan_id = ANY($1) "
                        + "ORDER BY plan_version, recorded_at, version")
                .execute(Tuple.of((Object) planIds.toArray(UUID[]::new)))
                .map(rows -> StreamSupport.stream(rows.spliterator(), false).map(ActionPlanStore::version).toList());
    }

    static Uni<Void> insert(SqlClient db, ActionPlan plan) {
        return db.preparedQuery("INSERT INTO action_plan (" + PLAN_COLUMNS + ") VALUES ($1, $2, $3, $4, $5, $6)")
                .execute(Tuple.from(Arrays.asList(plan.id(), plan.municipalityCode(), plan.title(), plan.adoptedOn(), plan.version(),
                        plan.recordedAt().atOffset(ZoneOffset.UTC))))
                .replaceWithVoid();
    }

    /** Stores the plan's version as {@code plan} holds it. */
    static Uni<Void> updateVersion(SqlClient db, ActionPlan plan) {
        return db.preparedQuery("UPDATE action_plan SET version = $2 WHERE id = $1").execute(Tuple.of(plan.id(), plan.version()))
                .replaceWithVoid();
    }

    static Uni<Void> insert(SqlClient db, List<MeasureVersion> versions) {
        if (versions.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<Object> values = new ArrayList<>(versions.size() * VERSION_COLUMN_COUNT);
        versions.forEach(v -> values.addAll(Arrays.asList(v.id(), v.measureId(), v.version(), v.actionPlanId(), v.planVersion(),
                v.title(), v.term().name(), v.status().name(), v.expectedHoused(), v.reason(), v.changedBy(),
                v.recordedAt().atOffset(ZoneOffset.UTC))));
        return db.preparedQuery("INSERT INTO measure_version (" + VERSION_COLUMNS + ") VALUES "
                + ValuesRows.ofSqlClient(versions.size(), VERSION_COLUMN_COUNT)).execute(Tuple.from(values)).replaceWithVoid();
    }

    private static List<ActionPlan> plans(Iterable<Row> rows) {
        List<ActionPlan> plans = new ArrayList<>();
        rows.forEach(row -> plans.add(new ActionPlan(row.getUUID("id"), row.getString("municipality_code"), row.getString("title"),
                row.getLocalDate("adopted_on"), row.getInteger("version"), row.getOffsetDateTime("recorded_at").toInstant())));
        return plans;
    }

    private static MeasureVersion version(Row row) {
        return new MeasureVersion(row.getUUID("id"), row.getUUID("measure_id"), row.getInteger("version"), row.getUUID("action_plan_id"),
                row.getInteger("plan_version"), row.getString("title"), Term.valueOf(row.getString("term")),
                MeasureStatus.valueOf(row.getString("status")), row.getString("expected_housed"), row.getString("reason"),
                row.getString("changed_by"), row.getOffsetDateTime("recorded_at").toInstant());
    }
}
