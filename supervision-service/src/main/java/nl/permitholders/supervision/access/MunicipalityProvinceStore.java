package nl.permitholders.supervision.access;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.Optional;

/** The province each municipality lies in, from this service's own table of municipalities. */
public final class MunicipalityProvinceStore {

    private static final String PROVINCE_OF = "SELECT province_code FROM municipality WHERE code = $1";

    private MunicipalityProvinceStore() {
    }

    /** The province of the municipality: empty when the register does not know it. */
    public static Uni<Optional<String>> provinceOf(SqlClient db, String municipalityCode) {
        return db.preparedQuery(PROVINCE_OF).execute(Tuple.of(municipalityCode))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.ofNullable(rows.iterator().next().getString("province_code")));
    }
}
