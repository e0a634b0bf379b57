package nl.permitholders.supervision.access;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/** The province each municipality lies in, from this service's own table of municipalities. */
public final class MunicipalityProvinceStore {

    private static final String PROVINCE_OF = "SELECT province_code FROM municipality WHERE code = $1";

    private MunicipalityProvinceStore() {
    }

    /** The province of the municipality: no row when the register does not know it. */
    public static Uni<RowSet<Row>> provinceOf(SqlClient db, String municipalityCode) {
        return db.preparedQuery(PROVINCE_OF).execute(Tuple.of(municipalityCode));
    }
}
