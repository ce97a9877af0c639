package ru.nastavnik.people.internal.tabular;

import java.util.List;

/**
 * A forward-only view of the first table in an uploaded file. Rows are produced one at a time so that a
 * large list never has to fit in memory; the caller must close the reader (try-with-resources), which also
 * stops any background parsing.
 */
public interface TabularReader extends AutoCloseable {

    /** The first non-empty row, cells trimmed. */
    List<String> header();

    /** The first non-empty row with its number: the header, unless title rows stand above it. */
    Row headerRow();

    /** The next data row, or {@code null} at the end; rows whose cells are all blank are skipped. */
    Row next();

    /** {@code "XLSX"} or {@code "CSV"}. */
    String format();

    /** The text encoding of a CSV file, e.g. {@code "UTF-8"}, {@code "windows-1251"}; {@code "UTF-8"} for XLSX. */
    String encoding();

    /** The CSV field separator; {@code '\0'} for XLSX. */
    char separator();

    @Override
    void close();
}
