package ru.nastavnik.people.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import ru.nastavnik.people.internal.tabular.Row;
import ru.nastavnik.people.internal.tabular.TabularReader;
import ru.nastavnik.shared.InvalidInputException;

/**
 * A staff file's table below its title. Schools' lists open with rows such as «Список педагогических
 * работников МБОУ СОШ № 5 на 01.09.2026» (often merged across the sheet) and «Утверждаю …»; the header is
 * the first row that names a person and at least one more known column, or the row the curator picked.
 * Without either, the first row is the header, as before: the mapping then says what is missing.
 */
final class StaffSheet {

    /** Title blocks are a few rows; a header further down is for the curator to pick. */
    static final int LOOKAHEAD = 30;

    private final TabularReader reader;
    private final List<Row> top;
    private final Deque<Row> pending;
    private final Row header;
    /** The header's cells, with those of its second row where it has two (HeaderContinuation). */
    private final List<String> cells;

    private StaffSheet(TabularReader reader, List<Row> top, int headerIndex) {
        this.reader = reader;
        this.top = top;
        this.header = top.get(headerIndex);
        Row below = headerIndex + 1 < top.size() ? top.get(headerIndex + 1) : null;
        java.util.Optional<List<String>> twoRows = HeaderContinuation.combined(header.cells(), below);
        this.cells = twoRows.orElse(header.cells());
        int first = headerIndex + (twoRows.isPresent() ? 2 : 1);
        if (first < top.size()
                && HeaderContinuation.isColumnNumbers(top.get(first).cells())) {
            first++;
        }
        this.pending = new ArrayDeque<>(top.subList(Math.min(first, top.size()), top.size()));
    }

    /** @param headerRow the row number the curator picked, or null to find it */
    static StaffSheet of(TabularReader reader, Integer headerRow) {
        List<Row> top = new ArrayList<>();
        top.add(reader.headerRow());
        Row row;
        while (top.size() < LOOKAHEAD && (row = reader.next()) != null) {
            top.add(row);
        }
        return new StaffSheet(reader, top, headerRow == null ? located(top) : picked(top, headerRow));
    }

    static int located(List<Row> rows) {
        for (int i = 0; i < rows.size(); i++) {
            if (namesColumns(rows.get(i).cells())) {
                return i;
            }
        }
        return 0;
    }

    /** A header names who the row is (a full name or a surname) and at least one more known column. */
    static boolean namesColumns(List<String> cells) {
        List<StaffField> named = cells.stream()
                .flatMap(c -> StaffField.named(c).stream())
                .distinct()
                .toList();
        return named.size() >= 2 && (named.contains(StaffField.FULL_NAME) || named.contains(StaffField.LAST_NAME));
    }

    private static int picked(List<Row> top, int number) {
        for (int i = 0; i < top.size(); i++) {
            if (top.get(i).number() == number) {
                return i;
            }
        }
        throw InvalidInputException.of("headerRow", "import.header.noSuchRow", number, LOOKAHEAD);
    }

    List<String> header() {
        return cells;
    }

    int headerRow() {
        return header.number();
    }

    /** The rows at the top of the file, title rows and header included, for the curator to pick the header. */
    List<Row> top() {
        return top;
    }

    Row next() {
        return pending.isEmpty() ? reader.next() : pending.poll();
    }
}
