package nl.permitholders.supervision.exchange;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.List;

/** The exchange agreements ({@code exchange_agreement}), their changes and steps, and the mergers and splits their parties went through. */
public final class ExchangeAgreementStore {

    /** A municipality's code ($1) and those of every municipality merged into it, directly or by a chain of mergers. */
    private static final String ITSELF_AND_MERGED = "WITH RECURSIVE continued(code) AS (SELECT $1::text UNION "
            + "SELECT g.merged_code FROM merger g JOIN continued c ON g.new_code = c.code) SELECT code FROM continued";

    private ExchangeAgreementStore() {
    }

    /** The ids of the agreements the municipality is a party to, itself or through a municipality merged into it (R3). */
    public static Uni<RowSet<Row>> ofMunicipality(SqlClient db, Tuple params) {
        return db.preparedQuery("SELECT DISTINCT agreement_id FROM exchange_agreement_change WHERE municipality_code IN (" + ITSELF_AND_MERGED + ")")
                .execute(params);
    }

    /** The ids of the agreements with a party the register places in the province, or one merged into such a party (R3). */
    public static Uni<RowSet<Row>> ofProvince(SqlClient db, Tuple params) {
        return db.preparedQuery("WITH RECURSIVE continued(code) AS (SELECT code FROM municipality WHERE province_code = $1 UNION "
                + "SELECT g.merged_code FROM merger g JOIN continued c ON g.new_code = c.code) "
                + "SELECT DISTINCT agreement_id FROM exchange_agreement_change WHERE municipality_code IN (SELECT code FROM continued)")
                .execute(params);
    }

    /** Stores an agreement. */
    public static Uni<RowSet<Row>> insert(SqlClient db, Tuple params) {
        return db.preparedQuery("INSERT INTO exchange_agreement (id, period, reason) VALUES ($1, $2, $3)").execute(params);
    }

    /** Stores the changes an agreement makes, each municipality's in its position. */
    public static Uni<RowSet<Row>> insertChanges(SqlClient db, List<Tuple> batch) {
        return db.preparedQuery("INSERT INTO exchange_agreement_change (agreement_id, position, municipality_code, "
                        + "delta, backlog_transfer) VALUES ($1, $2, $3, $4, $5)").executeBatch(batch);
    }

    /** How many of the municipalities named the register places in the province. */
    public static Uni<RowSet<Row>> inProvince(SqlClient db, Tuple params) {
        return db.preparedQuery("SELECT count(*) FROM municipality WHERE code = ANY($1) AND province_code = $2").execute(params);
    }

    /** Stores an agreement's step. */
    public static Uni<RowSet<Row>> insertStep(SqlClient db, Tuple params) {
        return db.preparedQuery("INSERT INTO exchange_agreement_step (agreement_id, seq, step, acting_for, author, at, reason) "
                        + "VALUES ($1, $2, $3, $4, $5, $6, $7)").execute(params);
    }

    /** Every merger recorded. */
    public static Uni<RowSet<Row>> mergers(SqlClient db) {
        return db.query("SELECT merged_code, new_code, effective_period FROM merger").execute();
    }

    /** Every split recorded, each with its receivers in order. */
    public static Uni<RowSet<Row>> splits(SqlClient db) {
        return db.query("SELECT split_code, effective_period, array_agg(receiver_code ORDER BY position) "
                        + "FROM municipality_split GROUP BY split_code, effective_period").execute();
    }

    /** The agreements named: their period and reason. */
    public static Uni<RowSet<Row>> heads(SqlClient db, Tuple params) {
        return db.preparedQuery("SELECT id, period, reason FROM exchange_agreement WHERE id = ANY($1)").execute(params);
    }

    /** The changes of the agreements named, in their order. */
    public static Uni<RowSet<Row>> changes(SqlClient db, Tuple params) {
        return db.preparedQuery("SELECT agreement_id, municipality_code, delta, backlog_transfer "
                        + "FROM exchange_agreement_change WHERE agreement_id = ANY($1) ORDER BY agreement_id, position").execute(params);
    }

    /** The steps of the agreements named, in their order. */
    public static Uni<RowSet<Row>> steps(SqlClient db, Tuple params) {
        return db.preparedQuery("SELECT agreement_id, step, acting_for, author, at, reason "
                        + "FROM exchange_agreement_step WHERE agreement_id = ANY($1) ORDER BY agreement_id, seq").execute(params);
    }
}
