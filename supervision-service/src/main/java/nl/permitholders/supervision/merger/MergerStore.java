package nl.permitholders.supervision.merger;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The mergers and splits recorded (R3), with the names of the municipalities they name. */
public final class MergerStore {

    /** The municipality ($1) merged into: the continuing one, its name and the merger's date. */
    private static final String MERGED = "SELECT g.new_code, m.name, g.effective_date FROM merger g LEFT JOIN municipality m "
            + "ON m.code = g.new_code WHERE g.merged_code = $1";
    /** The municipalities merged into $1, directly or by a chain of mergers, with the half-year each merged from. */
    private static final String MERGED_INTO = "WITH RECURSIVE chain(code, period) AS ("
            + "SELECT merged_code, effective_period FROM merger WHERE new_code = $1 "
            + "UNION SELECT g.merged_code, g.effective_period FROM merger g JOIN chain c ON g.new_code = c.code) "
            + "SELECT c.code, c.period, m.name FROM chain c LEFT JOIN municipality m ON m.code = c.code ORDER BY c.period, c.code";
    /** The receivers of the municipality ($1) split over others, in the split's order, with their names, shares and its date. */
    private static final String SPLIT = "SELECT s.receiver_code, m.name, s.share, s.effective_date FROM municipality_split s "
            + "LEFT JOIN municipality m ON m.code = s.receiver_code WHERE s.split_code = $1 ORDER BY s.position";

    private MergerStore() {
    }

    /** The municipality a merger continued in, its name (null if the register has none) and the merger's date. */
    public record Continuing(String code, String name, LocalDate on) {
    }

    /** A municipality that received part of a split one: its code, name (null if unregistered), share and the split's date. */
    public record Receiver(String code, String name, Long share, LocalDate on) {
    }

    /** A municipality merged into another, the half-year (as {@code 2022-H1}) it merged from and its name, if registered. */
    public record Merged(String code, String period, String name) {
    }

    /** Whom the municipality merged into, with its name and the date; empty if it did not merge. */
    public static Uni<Optional<Continuing>> mergedInto(SqlClient db, String code) {
        return db.preparedQuery(MERGED).execute(Tuple.of(code)).map(rows -> {
            if (rows.size() == 0) {
                return Optional.empty();
            }
            Row row = rows.iterator().next();
            return Optional.of(new Continuing(row.getString("new_code"), row.getString("name"), row.getLocalDate("effective_date")));
        });
    }

    /** Whom the municipality was split over, in the split's order, with their names, shares and the date; empty if it was not split. */
    public static Uni<List<Receiver>> splitOver(SqlClient db, String code) {
        return db.preparedQuery(SPLIT).execute(Tuple.of(code)).map(rows -> {
            List<Receiver> receivers = new ArrayList<>();
            rows.forEach(row -> receivers.add(new Receiver(row.getString("receiver_code"), row.getString("name"), row.getLong("share"),
                    row.getLocalDate("effective_date"))));
            return receivers;
        });
    }

    /** The municipalities merged into the municipality, directly or along a chain of mergers, by half-year and code. */
    public static Uni<List<Merged>> mergedIntoIt(SqlClient db, String code) {
        return db.preparedQuery(MERGED_INTO).execute(Tuple.of(code)).map(rows -> {
            List<Merged> merged = new ArrayList<>();
            rows.forEach(row -> merged.add(new Merged(row.getString("code"), row.getString("period"), row.getString("name"))));
            return merged;
        });
    }
}
