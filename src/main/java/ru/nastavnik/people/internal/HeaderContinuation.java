package ru.nastavnik.people.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import ru.nastavnik.people.internal.tabular.Row;

/**
 * The second row of a two-row header, as personnel departments draw it: «Стаж» merged over «общий» and
 * «педагогический», «Дата» over «рождения» and «приёма». Its cells are read together with the cell above or, under
 * a merged title, the nearest title to the left. A row is such a continuation only when it has no one's name in
 * the name column (every data row has one) and it names a column the first row alone did not. The row of column
 * numbers («1 | 2 | 3 …») that forms print under their header is recognised too, and skipped.
 */
final class HeaderContinuation {

    private HeaderContinuation() {}

    /** The header read with the row below it, if that row continues it. */
    static Optional<List<String>> combined(List<String> header, Row below) {
        if (below == null || isColumnNumbers(below.cells())) {
            return Optional.empty();
        }
        Optional<Integer> nameColumn = nameColumn(header);
        if (nameColumn.isPresent() && !below.cell(nameColumn.get()).isBlank()) {
            return Optional.empty();
        }
        List<String> merged = new ArrayList<>();
        String title = "";
        int width = Math.max(header.size(), below.cells().size());
        for (int i = 0; i < width; i++) {
            String top = i < header.size() ? header.get(i) : "";
            title = top.isBlank() ? title : top;
            String sub = below.cell(i);
            merged.add(sub.isBlank() ? (top.isBlank() ? "" : top) : join(top.isBlank() ? title : top, sub));
        }
        return named(merged).size() > named(header).size() ? Optional.of(merged) : Optional.empty();
    }

    /** «1 | 2 | 3 | 4 …»: the numbers of the columns, printed under the header of official forms. */
    static boolean isColumnNumbers(List<String> cells) {
        List<String> filled = cells.stream().filter(c -> !c.isBlank()).toList();
        if (filled.size() < 3) {
            return false;
        }
        for (int i = 0; i < filled.size(); i++) {
            if (!filled.get(i).replaceAll("\\.0$", "").equals(Integer.toString(i + 1))) {
                return false;
            }
        }
        return true;
    }

    /** «Стаж» + «общий» → «Стаж общий», or «Общий стаж» where only that order names a column. */
    private static String join(String title, String sub) {
        if (title.isBlank()) {
            return sub;
        }
        String forward = title + " " + sub;
        if (StaffField.named(forward).isPresent() || StaffField.named(sub).isPresent()) {
            return StaffField.named(forward).isPresent() ? forward : sub;
        }
        String backward = sub + " " + title;
        return StaffField.named(backward).isPresent() ? backward : forward;
    }

    private static Optional<Integer> nameColumn(List<String> header) {
        for (int i = 0; i < header.size(); i++) {
            Optional<StaffField> field = StaffField.named(header.get(i));
            if (field.isPresent() && (field.get() == StaffField.FULL_NAME || field.get() == StaffField.LAST_NAME)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private static Set<StaffField> named(List<String> cells) {
        return cells.stream().flatMap(c -> StaffField.named(c).stream()).collect(Collectors.toSet());
    }
}
