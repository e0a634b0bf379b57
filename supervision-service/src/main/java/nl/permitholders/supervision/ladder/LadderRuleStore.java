package nl.permitholders.supervision.ladder;

import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import nl.permitholders.supervision.store.ReadPool;
import nl.permitholders.supervision.verdict.Verdict;

/**
 * The ladder rules provinces set, read back: for {@link LadderRuleService}, which records them, and for the reads that
 * advise by them (the figures, the ladder).
 */
@ApplicationScoped
public class LadderRuleStore {

    private static final String INSERT = "INSERT INTO ladder_rules (" + LadderRuleStore.COLUMNS
            + ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)";
    private static final String RAISE_VERSIONS = "INSERT INTO ledger_version (municipality_code, version) "
            + "SELECT code, nextval('ledger_version_seq') FROM (SELECT code FROM municipality WHERE province_code = $1 ORDER BY code) own "
            + "ON CONFLICT (municipality_code) DO UPDATE SET version = EXCLUDED.version";

    static final String COLUMNS = "id, province_code, applies_from, counted_as_missed, step_missed_in_a_row, step_stage, "
            + "backlog_growth_escalates, set_by, recorded_at, correction";

    @Inject
    @ReactiveDataSource(ReadPool.NAME)
    Pool reads;

    /** Every set of rules the province recorded; none for a province without (or none given). */
    public Uni<LadderRuleHistory> of(String provinceCode) {
        if (provinceCode == null) {
            return Uni.createFrom().item(LadderRuleHistory.NONE);
        }
        return reads.preparedQuery("SELECT " + COLUMNS + " FROM ladder_rules WHERE province_code = $1").execute(Tuple.of(provinceCode))
                .map(rows -> {
                    List<LadderRuleSet> sets = new ArrayList<>();
                    rows.forEach(row -> sets.add(set(row)));
                    return new LadderRuleHistory(sets);
                });
    }

    private static LadderRuleSet set(Row row) {
        EnumSet<Verdict> counted = EnumSet.noneOf(Verdict.class);
        Arrays.stream(row.getArrayOfStrings("counted_as_missed")).map(Verdict::valueOf).forEach(counted::add);
        Integer[] missed = row.getArrayOfIntegers("step_missed_in_a_row");
        String[] stages = row.getArrayOfStrings("step_stage");
        List<LadderRules.Step> steps = new ArrayList<>();
        for (int i = 0; i < missed.length; i++) {
            steps.add(new LadderRules.Step(missed[i], Stage.valueOf(stages[i])));
        }
        LocalDate from = row.getLocalDate("applies_from");
        return new LadderRuleSet(row.getUUID("id"), row.getString("province_code"),
                new LadderRules(Optional.of(from), counted, steps, row.getBoolean("backlog_growth_escalates")),
                row.getString("set_by"), row.getOffsetDateTime("recorded_at").toInstant(), row.getString("correction"));
    }

    /** Whether the register knows the province. */
    public static Uni<Boolean> provinceKnown(SqlClient db, String provinceCode) {
        return db.preparedQuery("SELECT 1 FROM province WHERE code = $1").execute(Tuple.of(provinceCode)).map(rows -> rows.size() > 0);
    }

    /** Stores a province's set of ladder rules. */
    public static Uni<RowSet<Row>> insert(SqlClient db, LadderRuleSet set) {
        LadderRules rules = set.rules();
        return db.preparedQuery(INSERT).execute(Tuple.tuple().addUUID(set.id()).addString(set.provinceCode()).addLocalDate(set.appliesFrom())
                .addArrayOfString(rules.countedAsMissed().stream().map(Verdict::name).sorted().toArray(String[]::new))
                .addArrayOfInteger(rules.steps().stream().map(LadderRules.Step::missedInARow).toArray(Integer[]::new))
                .addArrayOfString(rules.steps().stream().map(s -> s.stage().name()).toArray(String[]::new))
                .addBoolean(rules.backlogGrowthEscalates()).addString(set.setBy())
                .addOffsetDateTime(set.recordedAt().atOffset(ZoneOffset.UTC)).addString(set.correction()));
    }

    /** Raises the ledger version of each municipality of the province. */
    public static Uni<RowSet<Row>> raiseVersionsOfProvince(SqlClient db, String provinceCode) {
        return db.preparedQuery(RAISE_VERSIONS).execute(Tuple.of(provinceCode));
    }
}
