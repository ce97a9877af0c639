package ru.nastavnik.people.internal;

import java.util.List;
import ru.nastavnik.shared.InvalidInputException.Problem;

/** A row of the file that is not imported as it stands (left out, or merged into another row), and why. */
public record LeftOutRow(int row, List<String> cells, List<Problem> reasons) {

    public LeftOutRow {
        cells = List.copyOf(cells);
        reasons = List.copyOf(reasons);
    }
}
