package ru.nastavnik.people.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.nastavnik.shared.InvalidInputException.Problem;

/**
 * A row the curator has to look at in the preview, or has already acted on: what its cells read (corrections
 * applied), what is wrong with it, and what was chosen.
 *
 * @param values      field → text, for every field the file maps and every field with a problem
 * @param cells       field → the text of the file's own cell, before any correction
 * @param badFields   the fields the problems are about, to be corrected in place
 * @param duplicateOf the earlier row of the same person with other values, which this row may be merged into
 * @param mergedInto  the earlier row this row completes, as the curator chose
 */
record RowReview(
        int row,
        Map<StaffField, String> values,
        Map<StaffField, String> cells,
        List<Problem> problems,
        Set<StaffField> badFields,
        boolean skipped,
        Integer duplicateOf,
        Integer mergedInto) {

    public boolean ok() {
        return problems.isEmpty();
    }
}
