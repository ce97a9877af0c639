package ru.nastavnik.people.internal;

import java.util.List;

/** A row of an uploaded file as the curator sees it in Excel: its number and its cells' text. */
record FileRow(int number, List<String> cells) {

    public FileRow {
        cells = List.copyOf(cells);
    }
}
