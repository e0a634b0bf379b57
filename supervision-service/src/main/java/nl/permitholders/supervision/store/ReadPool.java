package nl.permitholders.supervision.store;

/**
 * The second connection pool to supervision's database, for the plain SQL reads a request makes (ledgers, figures,
 * the projection's version, tenant checks). A write holds a connection of the default pool for its whole transaction
 * and reads the municipality's ledger meanwhile; had it waited for another connection of the same pool, enough writes
 * at once would take every connection and wait for each other until the pool's timeout. Reads from their own pool
 * cannot: each takes one connection for one statement and gives it back. The consumer, the rebuild and the writes'
 * transactions use the default pool. Configured as the named datasource {@value #NAME} (application.properties).
 */
public final class ReadPool {

    public static final String NAME = "reads";

    private ReadPool() {
    }
}
