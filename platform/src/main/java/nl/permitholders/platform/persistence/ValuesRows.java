package nl.permitholders.platform.persistence;

import java.util.ArrayList;
import java.util.List;

/**
 * The VALUES list of a multi-row INSERT with numbered parameters: {@code (?1, ?2), (?3, ?4)} for 2 rows of 2 columns (a
 * Hibernate session's), {@code ($1, $2), ($3, $4)} (the reactive SQL client's), and the chunks a bulk write sends its
 * rows in.
 */
public final class ValuesRows {

    /** Rows per statement at most: well inside PostgreSQL's 65,535 parameters up to 65 columns. */
    public static final int MAX_ROWS_PER_STATEMENT = 1000;

    private ValuesRows() {
    }

    /** For a Hibernate session's native query: {@code (?1, ?2), (?3, ?4)}. */
    public static String of(int rows, int columns) {
        return numbered(rows, columns, '?');
    }

    /** For the reactive SQL client: {@code ($1, $2), ($3, $4)}. */
    public static String ofSqlClient(int rows, int columns) {
        return numbered(rows, columns, '$');
    }

    private static String numbered(int rows, int columns, char marker) {
        StringBuilder sql = new StringBuilder(rows * columns * 5);
        for (int row = 0; row < rows; row++) {
            sql.append(row == 0 ? "(" : ", (");
            for (int column = 1; column <= columns; column++) {
                sql.append(column == 1 ? "" : ", ").append(marker).append(row * columns + column);
            }
            sql.append(')');
        }
        return sql.toString();
    }

    /**
     * {@code rows} in chunks of {@link #MAX_ROWS_PER_STATEMENT}, the rest in chunks of powers of two (700 rows: 512, 128,
     * 32, 16, 8, 4), in their order. Hibernate keeps a plan of every statement text it runs, with an object for each of
     * its parameters: with a statement for every number of rows, a service taking in a few large files would keep
     * hundreds of thousands of them (an import of the country filled placement-service's heap so). With these sizes a
     * statement has at most 11 texts.
     */
    public static <T> List<List<T>> chunks(List<T> rows) {
        List<List<T>> chunks = new ArrayList<>();
        int from = 0;
        while (from < rows.size()) {
            int left = rows.size() - from;
            int size = left >= MAX_ROWS_PER_STATEMENT ? MAX_ROWS_PER_STATEMENT : Integer.highestOneBit(left);
            chunks.add(rows.subList(from, from + size));
            from += size;
        }
        return chunks;
    }
}
