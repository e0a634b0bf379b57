package nl.permitholders.platform.persistence;

/** The VALUES list of a multi-row INSERT with numbered parameters: {@code (?1, ?2), (?3, ?4)} for 2 rows of 2 columns. */
public final class ValuesRows {

    private ValuesRows() {
    }

    public static String of(int rows, int columns) {
        StringBuilder sql = new StringBuilder(rows * columns * 5);
        for (int row = 0; row < rows; row++) {
            sql.append(row == 0 ? "(" : ", (");
            for (int column = 1; column <= columns; column++) {
                sql.append(column == 1 ? "?" : ", ?").append(row * columns + column);
            }
            sql.append(')');
        }
        return sql.toString();
    }
}
