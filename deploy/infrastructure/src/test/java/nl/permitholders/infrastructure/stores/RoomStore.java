package nl.permitholders.infrastructure.stores;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** A store: every kind of query is its to send. */
@ApplicationScoped
public class RoomStore {

    Pool pool;
    EntityManager entityManager;
    Connection connection;

    Uni<RowSet<Row>> counted() {
        return pool.preparedQuery("SELECT count(*) FROM room").execute();
    }

    List<Room> free() {
        return entityManager.createQuery("from Room where free = true", Room.class).getResultList();
    }

    PreparedStatement cleaned() throws SQLException {
        return connection.prepareStatement("SELECT id FROM room WHERE cleaned");
    }

    Uni<List<Room>> taken() {
        return Room.list("free", false);
    }
}
