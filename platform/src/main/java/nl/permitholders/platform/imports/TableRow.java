package nl.permitholders.platform.imports;

import java.util.List;

/**
 * One row of a table file: the line a person finds it on (in a CSV the line it starts on, the header being line 1; in a
 * workbook the row's number as the spreadsheet shows it) and its cells as text.
 */
public record TableRow(int line, List<String> cells) {

    public TableRow {
        cells = List.copyOf(cells);
    }

    /** The cell at {@code index}, or "" beyond the row's last cell. */
    public String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }

    /** Whether every cell is empty or spaces only. */
    public boolean blank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
