package nl.permitholders.display;

import java.time.LocalDate;
import java.util.List;

/**
 * What the dashboard shows in one table, and exactly what the exports write: the page renders these rows, the CSV and
 * the .xlsx write the same cells' values. A cell keeps its value (a number or a text) and the Dutch text shown.
 */
public record Table(String id, String title, List<String> headers, List<Row> rows, Row totals) {

    public Table {
        rows = List.copyOf(rows);
    }

    public static Table of(String id, String title, List<String> headers, List<Row> rows) {
        return new Table(id, title, headers, rows, null);
    }

    public Table withTitle(String newTitle) {
        return new Table(id, newTitle, headers, rows, totals);
    }

    /** A row; {@code key} identifies it (a municipality code), {@code link} is where its first cell leads, if anywhere. */
    public record Row(String key, String link, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        public static Row of(List<Cell> cells) {
            return new Row(null, null, cells);
        }
    }

    /**
     * A value (Integer, LocalDate, or String, or null for "not applicable") with its Dutch text and an optional style
     * class.
     */
    public record Cell(Object value, String text, String style, Integer order) {

        public Cell {
            style = style == null ? "" : style;
        }

        public Cell(Object value, String text, String style) {
            this(value, text, style, null);
        }

        public static Cell number(int value) {
            return new Cell(value, DutchFormat.number(value), "getal");
        }

        /** A date: "1 januari 2025" on the page, sorted and exported as the date itself; nothing gives an empty cell. */
        public static Cell date(LocalDate value) {
            return value == null ? text(null) : new Cell(value, DutchFormat.date(value), null);
        }

        public static Cell text(String value) {
            return new Cell(value, value == null ? "" : value, null);
        }

        public static Cell styled(String value, String style) {
            return new Cell(value, value, style);
        }

        /** Not applicable: empty in the exports, a dash on the page. */
        public static Cell empty() {
            return new Cell(null, "–", "getal");
        }

        public boolean numeric() {
            return value instanceof Integer;
        }

        /**
     * What the page sorts on: the number itself, a date in ISO form (so in date order), or the order a text stands for
     * (a ladder stage), else the text.
     */
        public String sortValue() {
            if (order != null) {
                return order.toString();
            }
            return value == null ? "" : value.toString();
        }
    }
}
