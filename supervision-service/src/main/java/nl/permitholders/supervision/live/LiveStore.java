package nl.permitholders.supervision.live;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;

/** What the live stream reads of the register: the provinces and where their municipalities lie. */
public final class LiveStore {

    private LiveStore() {
    }

    /** Whether the register knows the province. */
    public static Uni<Boolean> provinceKnown(SqlClient db, String code) {
        return db.preparedQuery("SELECT 1 FROM province WHERE code = $1").execute(Tuple.of(code)).map(rows -> rows.size() > 0);
    }

    /** The municipalities of {@code codes} that the register places in the province, in code order. */
    public static Uni<List<String>> inProvince(SqlClient db, String provinceCode, String[] codes) {
        return db.preparedQuery("SELECT code FROM municipality WHERE province_code = $1 AND code = ANY($2) ORDER BY code").execute(Tuple.of(provinceCode, codes))
                .map(rows -> {
                    List<String> inProvince = new ArrayList<>();
                    rows.forEach(row -> inProvince.add(row.getString("code")));
                    return inProvince;
                });
    }
}
