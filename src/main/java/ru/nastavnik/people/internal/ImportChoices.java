package ru.nastavnik.people.internal;

import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the curator decided in the preview, by the row numbers the file shows: which row holds the headers,
 * which rows to leave out, which cells to correct and which duplicate rows to merge into their earlier row.
 * The file itself is never changed; the choices are applied as it is read.
 *
 * @param headerRow   the row of the column headers; null to find it (the first row naming known columns)
 * @param skipped     rows left out of the import; they go to the file of rows left out
 * @param corrections row → field → the text to read instead of the cell
 * @param merges      a duplicate row → the earlier row of the same person it completes (the earlier row's values win)
 */
public record ImportChoices(
        Integer headerRow,
        Set<Integer> skipped,
        Map<Integer, Map<StaffField, String>> corrections,
        Map<Integer, Integer> merges)
        implements Serializable {

    public static final ImportChoices NONE = new ImportChoices(null, Set.of(), Map.of(), Map.of());

    public ImportChoices {
        skipped = Set.copyOf(skipped);
        Map<Integer, Map<StaffField, String>> copy = new HashMap<>();
        corrections.forEach((row, fields) -> copy.put(row, Map.copyOf(fields)));
        corrections = Map.copyOf(copy);
        merges = Map.copyOf(merges);
    }

    public boolean skips(int row) {
        return skipped.contains(row);
    }

    public Optional<String> correction(int row, StaffField field) {
        return Optional.ofNullable(corrections.getOrDefault(row, Map.of()).get(field));
    }

    public Optional<Integer> mergeOf(int row) {
        return Optional.ofNullable(merges.get(row));
    }

    /** The same choices read against another header row: the mapping is found again, the rows keep their numbers. */
    public ImportChoices withHeaderRow(Integer row) {
        return new ImportChoices(row, skipped, corrections, merges);
    }

    /** Rows that have any choice, so that the preview keeps showing them after they pass. */
    public Set<Integer> touchedRows() {
        Set<Integer> rows = new HashSet<>(skipped);
        rows.addAll(corrections.keySet());
        rows.addAll(merges.keySet());
        return rows;
    }
}
