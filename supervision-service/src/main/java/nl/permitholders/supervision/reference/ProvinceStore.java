package nl.permitholders.supervision.reference;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.Optional;

/** What supervision reads of a province in the register quota-service keeps. */
public final class ProvinceStore {

    private ProvinceStore() {
    }

    /** The province's name: empty when the register does not know it. */
    public static Uni<Optional<String>> name(SqlClient db, String code) {
        return db.preparedQuery("SELECT name FROM province WHERE code = $1").execute(Tuple.of(code))
                .map(rows -> rows.iterator().hasNext() ? Optional.ofNullable(rows.iterator().next().getString("name")) : Optional.empty());
    }
}
