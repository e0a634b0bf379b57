package nl.permitholders.infrastructure.writepath;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import java.util.UUID;

/** An entity for {@code WritePathRulesTest}, whose method names say nothing of what the methods do. */
@Entity
public class Ward {

    static EntityManager entityManager;

    @Id
    public UUID id;

    public String status;

    public int beds;

    /** Locks: what a name like {@code lockRegistered} would say, this one does not. */
    public static Ward get(UUID id) {
        return entityManager.find(Ward.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Queries. */
    public static Ward of(UUID id) {
        return entityManager.find(Ward.class, id);
    }

    /** Changes the ward, through another of its methods. */
    public void settle() {
        close();
    }

    private void close() {
        status = "CLOSED";
    }

    /** Plain: reads the ward. */
    public boolean isClosed() {
        return "CLOSED".equals(status);
    }
}
