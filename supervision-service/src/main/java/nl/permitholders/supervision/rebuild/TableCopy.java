package nl.permitholders.supervision.rebuild;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * One COPY into one table over a JDBC connection of its own, open for a whole bulk pass: rows are written to it as they
 * come ({@link BinaryCopyRows}) and PostgreSQL stores them while the next are prepared. COPY stores many rows per page
 * and per WAL record, where an INSERT stores them one by one. The reactive SQL client does not offer COPY, hence JDBC.
 * <p>
 * The table is emptied in the COPY's own transaction, which lets PostgreSQL store the rows already frozen and visible
 * to all ({@code FREEZE}): the vacuum that follows a bulk pass then has no row left to visit.
 */
final class TableCopy implements AutoCloseable {

    private final Connection connection;
    private final CopyIn copy;
    private long rows;

    private TableCopy(Connection connection, CopyIn copy) {
        this.connection = connection;
        this.copy = copy;
    }

    /**
     * Empties {@code table} and starts {@code COPY table (columns) FROM STDIN} in binary format, in a transaction that
     * ends with {@link #finish}; until then the table holds nothing for any other transaction.
     */
    static TableCopy into(DataSource dataSource, String table, String columns) {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("TRUNCATE " + table);
            }
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY " + table + " (" + columns + ") FROM STDIN (FORMAT binary, FREEZE)");
            copy.writeToCopy(BinaryCopyRows.HEADER, 0, BinaryCopyRows.HEADER.length);
            return new TableCopy(connection, copy);
        } catch (SQLException e) {
            closeQuietly(connection, e);
            throw new IllegalStateException("COPY into " + table + " could not start: " + e.getMessage(), e);
        }
    }

    /** Hands {@code count} rows to PostgreSQL; returns once they are on their way (the socket's buffer taken). */
    void write(BinaryCopyRows rowsToWrite, int count) {
        if (count == 0) {
            return;
        }
        try {
            copy.writeToCopy(rowsToWrite.buffer(), 0, rowsToWrite.length());
            rows += count;
        } catch (SQLException e) {
            throw new IllegalStateException("COPY failed: " + e.getMessage(), e);
        }
    }

    /** Ends the COPY and commits its rows; returns their number. */
    long finish() {
        try {
            copy.writeToCopy(BinaryCopyRows.TRAILER, 0, BinaryCopyRows.TRAILER.length);
            long stored = copy.endCopy();
            if (stored != rows) {
                throw new IllegalStateException("COPY stored " + stored + " rows of the " + rows + " written");
            }
            connection.commit();
            return stored;
        } catch (SQLException e) {
            throw new IllegalStateException("COPY failed: " + e.getMessage(), e);
        }
    }

    /** Cancels a COPY not finished (nothing of it is stored) and gives the connection back. */
    @Override
    public void close() {
        try {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        } catch (SQLException ignored) {
            // the connection is closed next, which ends the COPY too
        }
        closeQuietly(connection, null);
    }

    /** Rolls back what is not committed and gives the connection back to the pool as it was. */
    private static void closeQuietly(Connection connection, Exception cause) {
        if (connection == null) {
            return;
        }
        try (connection) {
            connection.rollback();
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            if (cause != null) {
                cause.addSuppressed(e);
            }
        }
    }
}
