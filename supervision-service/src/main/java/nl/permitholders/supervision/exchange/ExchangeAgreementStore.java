package nl.permitholders.supervision.exchange;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import nl.permitholders.platform.period.Period;

/** The exchange agreements ({@code exchange_agreement}), their changes and steps, and the mergers and splits their parties went through. */
public final class ExchangeAgreementStore {

    /** A municipality's code ($1) and those of every municipality merged into it, directly or by a chain of mergers. */
    private static final String ITSELF_AND_MERGED = "WITH RECURSIVE continued(code) AS (SELECT $1::text UNION "
            + "SELECT g.merged_code FROM merger g JOIN continued c ON g.new_code = c.code) SELECT code FROM continued";

    private ExchangeAgreementStore() {
    }

    /** An agreement as stored, without its changes and steps: its half-year and its reason. */
    public record AgreementHead(UUID id, Period period, String reason) {
    }

    /** The ids of the agreements the municipality is a party to, itself or through a municipality merged into it (R3). */
    public static Uni<List<UUID>> ofMunicipality(SqlClient db, String code) {
        return db.preparedQuery("SELECT DISTINCT agreement_id FROM exchange_agreement_change WHERE municipality_code IN (" + ITSELF_AND_MERGED + ")")
                .execute(Tuple.of(code)).map(ExchangeAgreementStore::agreementIds);
    }

    /** The ids of the agreements with a party the register places in the province, or one merged into such a party (R3). */
    public static Uni<List<UUID>> ofProvince(SqlClient db, String provinceCode) {
        return db.preparedQuery("WITH RECURSIVE continued(code) AS (SELECT code FROM municipality WHERE province_code = $1 UNION "
                + "SELECT g.merged_code FROM merger g JOIN continued c ON g.new_code = c.code) "
                + "SELECT DISTINCT agreement_id FROM exchange_agreement_change WHERE municipality_code IN (SELECT code FROM continued)")
                .execute(Tuple.of(provinceCode)).map(ExchangeAgreementStore::agreementIds);
    }

    private static List<UUID> agreementIds(RowSet<Row> rows) {
        List<UUID> ids = new ArrayList<>();
        rows.forEach(row -> ids.add(row.getUUID("agreement_id")));
        return ids;
    }

    /** Stores an agreement: its id, its half-year (as {@code 2025-H1}) and its reason. */
    public static Uni<RowSet<Row>> insert(SqlClient db, UUID id, String period, String reason) {
        return db.preparedQuery("INSERT INTO exchange_agreement (id, period, reason) VALUES ($1, $2, $3)").execute(Tuple.of(id, period, reason));
    }

    /** Stores the changes an agreement makes, each municipality's in its position. */
    public static Uni<RowSet<Row>> insertChanges(SqlClient db, UUID agreementId, List<AgreementChange> changes) {
        List<Tuple> batch = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            AgreementChange c = changes.get(i);
            batch.add(Tuple.of(agreementId, i, c.municipalityCode(), c.delta(), c.backlogTransfer()));
        }
        return db.preparedQuery("INSERT INTO exchange_agreement_change (agreement_id, position, municipality_code, "
                        + "delta, backlog_transfer) VALUES ($1, $2, $3, $4, $5)").executeBatch(batch);
    }

    /** How many of the municipalities of {@code codes} the register places in the province. */
    public static Uni<Long> inProvince(SqlClient db, String[] codes, String provinceCode) {
        return db.preparedQuery("SELECT count(*) FROM municipality WHERE code = ANY($1) AND province_code = $2").execute(Tuple.of(codes, provinceCode))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /** Stores an agreement's step, number {@code seq} of its steps (counted from 0). */
    public static Uni<RowSet<Row>> insertStep(SqlClient db, UUID agreementId, int seq, AgreementStep step) {
        return db.preparedQuery("INSERT INTO exchange_agreement_step (agreement_id, seq, step, acting_for, author, at, reason) "
                        + "VALUES ($1, $2, $3, $4, $5, $6, $7)").execute(Tuple.tuple().addUUID(agreementId).addInteger(seq)
                        .addString(step.kind().name()).addString(step.actingFor()).addString(step.author())
                        .addOffsetDateTime(step.at().atOffset(ZoneOffset.UTC)).addString(step.reason()));
    }

    /** Every merger recorded. */
    public static Uni<List<PartyHolderRule.Merger>> mergers(SqlClient db) {
        return db.query("SELECT merged_code, new_code, effective_period FROM merger").execute().map(rows -> {
            List<PartyHolderRule.Merger> all = new ArrayList<>();
            rows.forEach(row -> all.add(new PartyHolderRule.Merger(row.getString("merged_code"), row.getString("new_code"),
                    Period.parse(row.getString("effective_period")))));
            return all;
        });
    }

    /** Every split recorded, each with its receivers in order. */
    public static Uni<List<PartyHolderRule.Split>> splits(SqlClient db) {
        return db.query("SELECT split_code, effective_period, array_agg(receiver_code ORDER BY position) "
                        + "FROM municipality_split GROUP BY split_code, effective_period").execute().map(rows -> {
            List<PartyHolderRule.Split> all = new ArrayList<>();
            rows.forEach(row -> all.add(new PartyHolderRule.Split(row.getString("split_code"), List.of(row.getArrayOfStrings(2)),
                    Period.parse(row.getString("effective_period")))));
            return all;
        });
    }

    /** The agreements named, by id, in no order: their period and reason. */
    public static Uni<Map<UUID, AgreementHead>> heads(SqlClient db, UUID[] ids) {
        return db.preparedQuery("SELECT id, period, reason FROM exchange_agreement WHERE id = ANY($1)").execute(Tuple.of((Object) ids))
                .map(rows -> {
                    Map<UUID, AgreementHead> byId = new HashMap<>();
                    rows.forEach(row -> byId.put(row.getUUID("id"), new AgreementHead(row.getUUID("id"), Period.parse(row.getString("period")),
                            row.getString("reason"))));
                    return byId;
                });
    }

    /** The changes of the agreements named, by agreement, in their order. */
    public static Uni<Map<UUID, List<AgreementChange>>> changes(SqlClient db, UUID[] ids) {
        return db.preparedQuery("SELECT agreement_id, municipality_code, delta, backlog_transfer "
                        + "FROM exchange_agreement_change WHERE agreement_id = ANY($1) ORDER BY agreement_id, position").execute(Tuple.of((Object) ids))
                .map(rows -> byAgreement(rows, row -> new AgreementChange(row.getString("municipality_code"), row.getInteger("delta"),
                        row.getInteger("backlog_transfer"))));
    }

    /** The steps of the agreements named, by agreement, in their order. */
    public static Uni<Map<UUID, List<AgreementStep>>> steps(SqlClient db, UUID[] ids) {
        return db.preparedQuery("SELECT agreement_id, step, acting_for, author, at, reason "
                        + "FROM exchange_agreement_step WHERE agreement_id = ANY($1) ORDER BY agreement_id, seq").execute(Tuple.of((Object) ids))
                .map(rows -> byAgreement(rows, row -> new AgreementStep(AgreementStep.Kind.valueOf(row.getString("step")),
                        row.getString("acting_for"), row.getString("author"), row.getOffsetDateTime("at").toInstant(), row.getString("reason"))));
    }

    private static <T> Map<UUID, List<T>> byAgreement(RowSet<Row> rows, Function<Row, T> of) {
        Map<UUID, List<T>> grouped = new LinkedHashMap<>();
        rows.forEach(row -> grouped.computeIfAbsent(row.getUUID("agreement_id"), k -> new ArrayList<>()).add(of.apply(row)));
        return grouped;
    }
}
