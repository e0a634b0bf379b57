package nl.permitholders.infrastructure.stores;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Sends SQL through JDBC outside a store. */
public class RoomReport {

    Connection connection;

    ResultSet cleaned() throws SQLException {
        return connection.createStatement().executeQuery("SELECT id FROM room WHERE cleaned");
    }
}
