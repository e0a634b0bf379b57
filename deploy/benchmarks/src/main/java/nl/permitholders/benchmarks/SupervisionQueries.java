package nl.permitholders.benchmarks;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * The SQL supervision-service runs for a municipality's figures and a province overview (MunicipalityLedgers,
 * ProvinceResource), run straight against its database: the floor of the read benchmarks. Keep in step with those
 * classes when their queries change.
 */
final class SupervisionQueries implements Load.Operation {

    private final Connection connection;
    private final boolean province;
    private final String code;
    private final PreparedStatement provinceRow;
    private final PreparedStatement provinceMunicipalities;
    private final PreparedStatement predecessors;
    private final PreparedStatement municipalities;
    private final PreparedStatement mergers;
    private final PreparedStatement entries;
    private final PreparedStatement planned;
    private final PreparedStatement ladderDecisions;

    private SupervisionQueries(Connection connection, boolean province, String code) throws SQLException {
        this.connection = connection;
        this.province = province;
        this.code = code;
        provinceRow = connection.prepareStatement("SELECT * FROM province WHERE code = ?");
        provinceMunicipalities = connection.prepareStatement("SELECT code FROM municipality WHERE province_code = ? ORDER BY code");
        predecessors = connection.prepareStatement("SELECT merged_code, new_code, effective_period FROM merger WHERE new_code = ANY(?)");
        municipalities = connection.prepareStatement("SELECT code, name, province_code FROM municipality WHERE code = ANY(?)");
        mergers = connection.prepareStatement("SELECT merged_code, new_code, effective_period FROM merger WHERE merged_code = ANY(?)");
        entries = connection.prepareStatement("SELECT e.event_id, e.event_type, e.municipality_code, e.kind, e.period, e.effective_date, "
                + "e.persons, e.version, e.reference, e.occurred_at, e.coupling_id, e.unit_type, e.temporary_housing "
                + "FROM ledger_entry e WHERE e.municipality_code = ANY(?)");
        planned = connection.prepareStatement("SELECT c.event_id, c.period, c.permit_holder_places FROM capacity_plan_period c "
                + "JOIN ledger_entry e ON e.event_id = c.event_id WHERE e.municipality_code = ANY(?)");
        ladderDecisions = connection.prepareStatement("SELECT * FROM ladder_decision WHERE municipality_code = ANY(?)");
    }

    static SupervisionQueries municipalityFigures(Connection connection, String municipality) throws SQLException {
        return new SupervisionQueries(connection, false, municipality);
    }

    static SupervisionQueries provinceOverview(Connection connection, String provinceCode) throws SQLException {
        return new SupervisionQueries(connection, true, provinceCode);
    }

    @Override
    public void run() throws SQLException {
        List<String> codes = List.of(code);
        if (province) {
            provinceRow.setString(1, code);
            Floors.readAll(provinceRow);
            provinceMunicipalities.setString(1, code);
            codes = new java.util.ArrayList<>();
            try (var rows = provinceMunicipalities.executeQuery()) {
                while (rows.next()) {
                    codes.add(rows.getString(1));
                }
            }
        }
        Array array = connection.createArrayOf("text", codes.toArray());
        for (PreparedStatement query : province
                ? List.of(predecessors, municipalities, mergers, entries, planned, ladderDecisions)
                : List.of(predecessors, municipalities, mergers, entries, planned)) {
            query.setArray(1, array);
            Floors.readAll(query);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
