package nl.permitholders.platform.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.permitholders.platform.api.InvalidInputException;
import nl.permitholders.platform.api.InvalidParam;

/**
 * Where a table file has each column an import reads: its header names the columns in any order and any case; columns
 * the import does not read are left alone (and never stored). A required column missing, or a column named twice, is
 * refused naming the header's line ({@code line 1: Gemeentecode}).
 */
public final class TableHeader<C extends Enum<C> & TableColumn> {

    private final Map<C, Integer> positions;

    private TableHeader(Map<C, Integer> positions) {
        this.positions = positions;
    }

    /** The columns of {@code header}; 400 naming every column missing or named twice. */
    public static <C extends Enum<C> & TableColumn> TableHeader<C> of(TableRow header, Class<C> columns) {
        Map<C, Integer> positions = new EnumMap<>(columns);
        List<InvalidParam> refusals = new ArrayList<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String name = normalised(header.cell(i));
            for (C column : columns.getEnumConstants()) {
                if (column.accepted().contains(name) && positions.putIfAbsent(column, i) != null) {
                    refusals.add(new InvalidParam(name(header.line(), header.cell(i).strip()), "names the column "
                            + column.header() + " a second time"));
                }
            }
        }
        for (C column : columns.getEnumConstants()) {
            if (column.required() && !positions.containsKey(column)) {
                refusals.add(new InvalidParam(name(header.line(), column.header()), "column missing (accepted headers: "
                        + String.join(", ", column.accepted().stream().sorted().toList()) + ", in any case)"));
            }
        }
        if (!refusals.isEmpty()) {
            throw new InvalidInputException(refusals);
        }
        return new TableHeader<>(positions);
    }

    /** Whether the file has the column. */
    public boolean has(C column) {
        return positions.containsKey(column);
    }

    /** The row's cell of the column, stripped; null when the file has no such column or the cell is empty. */
    public String text(TableRow row, C column) {
        Integer position = positions.get(column);
        if (position == null) {
            return null;
        }
        String text = row.cell(position).strip();
        return text.isEmpty() ? null : text;
    }

    /** How refusals name a field of a line: {@code line 17: Gemeentecode}. */
    public static String name(int line, String column) {
        return "line " + line + ": " + column;
    }

    private static String normalised(String header) {
        return header.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
