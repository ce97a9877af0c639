package ru.nastavnik.people.internal.tabular;

import java.util.List;

/**
 * One data row. {@code number} is the 1-based row number the user sees in Excel (or the line in a text
 * editor for a plain CSV), so that messages like "строка 12" point at the right place. Cells are trimmed;
 * trailing empty cells may be absent.
 */
public record Row(int number, List<String> cells) {

    public Row {
        cells = List.copyOf(cells);
    }

    /** The cell at {@code index}, or an empty string when the row is shorter. */
    public String cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }
}
