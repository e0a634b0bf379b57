package nl.permitholders.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL supervision-service runs for a municipality's figures and a province overview (MunicipalityLedgerStore,
 * ProvinceResource), run straight against its database: the floor of the read benchmarks. Keep in step with those
 * classes when their queries change. The service sends its four ledger queries pipelined on one connection; JDBC
 * sends them one after another, which makes this floor, if anything, a little lower than it could be.
 */
final class SupervisionQueries implements Load.Operation {

    /** The municipalities a seed selects and every municipality merged into them, as MunicipalityLedgerStore builds it. */
    private static String withPredecessors(String seed) {
        return " = ANY (ARRAY(WITH RECURSIVE wanted(code) AS (" + seed + " UNION "
                + "SELECT m.merged_code FROM merger m JOIN wanted w ON m.new_code = w.code) SELECT code FROM wanted))";
    }

    private final Connection connection;
    private final boolean province;
    private final String code;
    private final List<PreparedStatement> ledgerQueries = new ArrayList<>();
    private final PreparedStatement ladderDecisions;

    private SupervisionQueries(Connection connection, boolean province, String code) throws SQLException {
        this.connection = connection;
        this.province = province;
        this.code = code;
        String in = withPredecessors(province
                ? "SELECT code FROM municipality WHERE province_code = ?"
                : "SELECT unnest(?::text[])");
        ledgerQueries.add(connection.prepareStatement("SELECT code, name, province_code FROM municipality WHERE code" + in));
        ledgerQueries.add(connection.prepareStatement(
                "SELECT merged_code, new_code, effective_period FROM merger WHERE merged_code" + in + " OR new_code" + in));
        ledgerQueries.add(connection.prepareStatement("SELECT c.event_id, c.period, c.permit_holder_places FROM capacity_plan_period c "
                + "JOIN ledger_entry e ON e.event_id = c.event_id WHERE e.municipality_code" + in));
        ledgerQueries.add(connection.prepareStatement("SELECT e.event_id, e.event_type, e.municipality_code, e.kind, e.period, "
                + "e.effective_date, e.persons, e.version, e.reference, e.occurred_at, e.coupling_id, e.unit_type, "
                + "e.temporary_housing, e.household_type FROM ledger_entry e WHERE e.municipality_code" + in));
        ladderDecisions = connection.prepareStatement("SELECT municipality_code, stage FROM ladder_decision "
                + "WHERE municipality_code = ANY(?) ORDER BY decided_on, recorded_at");
    }

    /**
     * Every ledger row and planned place, as MunicipalityLedgerStore reads them for the national overview, fetched in
     * portions: the number of ledger rows and the nanoseconds it took.
     */
    static long[] readEveryLedger(Connection connection) throws SQLException {
        long start = System.nanoTime();
        connection.setAutoCommit(false);
        long rows = 0;
        try (PreparedStatement planned = connection.prepareStatement("SELECT event_id, period, permit_holder_places FROM capacity_plan_period");
             PreparedStatement entries = connection.prepareStatement("SELECT e.event_id, e.event_type, e.municipality_code, e.kind, "
                     + "e.period, e.effective_date, e.persons, e.version, e.reference, e.occurred_at, e.coupling_id, e.unit_type, "
                     + "e.temporary_housing, e.household_type FROM ledger_entry e")) {
            for (PreparedStatement query : List.of(planned, entries)) {
                query.setFetchSize(10_000);
                try (var result = query.executeQuery()) {
                    int columns = result.getMetaData().getColumnCount();
                    while (result.next()) {
                        for (int c = 1; c <= columns; c++) {
                            result.getObject(c);
                        }
                        rows += query == entries ? 1 : 0;
                    }
                }
            }
        } finally {
            connection.commit();
        }
        return new long[] {rows, System.nanoTime() - start};
    }

    static SupervisionQueries municipalityFigures(Connection connection, String municipality) throws SQLException {
        return new SupervisionQueries(connection, false, municipality);
    }

    static SupervisionQueries provinceOverview(Connection connection, String provinceCode) throws SQLException {
        return new SupervisionQueries(connection, true, provinceCode);
    }

    @Override
    public void run() throws SQLException {
        Object seed = province ? code : connection.createArrayOf("text", new Object[] {code});
        List<String> codes = new ArrayList<>();
        for (PreparedStatement query : ledgerQueries) {
            // The seed is the only parameter; the mergers query uses it twice.
            query.setObject(1, seed);
            if (query == ledgerQueries.get(1)) {
                query.setObject(2, seed);
            }
            if (query == ledgerQueries.get(0)) {
                try (var rows = query.executeQuery()) {
                    while (rows.next()) {
                        codes.add(rows.getString(1));
                        rows.getString(2);
                        rows.getString(3);
                    }
                }
            } else {
                Floors.readAll(query);
            }
        }
        if (province) {
            ladderDecisions.setArray(1, connection.createArrayOf("text", codes.toArray()));
            Floors.readAll(ladderDecisions);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
