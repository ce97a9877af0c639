package ru.nastavnik.people.internal;

import java.util.List;

/**
 * How the import read a file: where its header is, which column holds which field, and the rows at its top
 * (title rows too) for the curator to pick another header row.
 */
public record SheetLayout(List<String> header, int headerRow, ColumnMapping mapping, String format, List<FileRow> top) {

    static final SheetLayout UNREAD = new SheetLayout(List.of(), 0, null, null, List.of());

    public SheetLayout {
        header = List.copyOf(header);
        top = List.copyOf(top);
    }

    /** The column's letter as Excel shows it: 0 → A, 26 → AA. */
    public static String letter(int index) {
        StringBuilder letters = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            letters.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return letters.toString();
    }

    /** A row as one line for the header row picker: its non-empty cells, shortened. */
    public static String preview(FileRow row) {
        String text = String.join(
                " | ", row.cells().stream().filter(c -> !c.isBlank()).toList());
        return text.length() > 90 ? text.substring(0, 89) + "…" : text;
    }

    /** The first data rows below the header, as the file has them. */
    public List<FileRow> sample(int rows) {
        return top.stream().filter(r -> r.number() > headerRow).limit(rows).toList();
    }
}
