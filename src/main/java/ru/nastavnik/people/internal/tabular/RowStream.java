package ru.nastavnik.people.internal.tabular;

import java.util.List;

/** What CSV and XLSX readers share: the header is the first non-blank row, and blank rows are skipped. */
abstract class RowStream implements TabularReader {

    private Row first;

    /** The next row with cleaned cells, blank or not, or {@code null} at the end. */
    abstract Row readRow();

    /** Reads the header; a file without one is empty. The caller closes this reader if it throws. */
    final RowStream start() {
        Row first = next();
        if (first == null) {
            throw new TabularFileException(MessageKeys.EMPTY);
        }
        this.first = first;
        return this;
    }

    @Override
    public final List<String> header() {
        return headerRow().cells();
    }

    @Override
    public final Row headerRow() {
        if (first == null) {
            throw new IllegalStateException("header not read yet");
        }
        return first;
    }

    @Override
    public final Row next() {
        Row row;
        do {
            row = readRow();
        } while (row != null && Cells.allBlank(row.cells()));
        return row;
    }
}
