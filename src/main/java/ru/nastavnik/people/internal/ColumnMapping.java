package ru.nastavnik.people.internal;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.InvalidInputException.Problem;

/** Which column of the file holds which field. Detected from the header; the user can correct it. */
public record ColumnMapping(Map<StaffField, Integer> columns) {

    public ColumnMapping {
        Map<StaffField, Integer> copy = new EnumMap<>(StaffField.class);
        copy.putAll(columns);
        columns = Collections.unmodifiableMap(copy);
    }

    public static ColumnMapping detect(List<String> header) {
        Map<StaffField, Integer> columns = new EnumMap<>(StaffField.class);
        for (int i = 0; i < header.size(); i++) {
            for (StaffField field : StaffField.values()) {
                if (!columns.containsKey(field) && field.matchesHeader(header.get(i))) {
                    columns.put(field, i);
                    break;
                }
            }
        }
        return new ColumnMapping(columns);
    }

    /** A mapping by header names, as an API client sends it ({@code {"LAST_NAME": "Фамилия"}}). */
    public static ColumnMapping byHeaders(Map<String, String> fieldToHeader, List<String> header) {
        Map<StaffField, Integer> columns = new EnumMap<>(StaffField.class);
        for (Map.Entry<String, String> entry : fieldToHeader.entrySet()) {
            StaffField field = StaffField.parse(entry.getKey());
            if (entry.getValue() == null || entry.getValue().isBlank()) {
                continue;
            }
            int index = indexOf(header, entry.getValue());
            if (index < 0) {
                throw InvalidInputException.of(
                        "mapping." + entry.getKey(), "import.mapping.noSuchColumn", entry.getValue());
            }
            columns.put(field, index);
        }
        return new ColumnMapping(columns);
    }

    public Optional<Integer> column(StaffField field) {
        return Optional.ofNullable(columns.get(field));
    }

    /** The file must at least name people; everything else may be filled in later. */
    public List<Problem> check(List<String> header) {
        boolean names = columns.containsKey(StaffField.FULL_NAME)
                || (columns.containsKey(StaffField.LAST_NAME) && columns.containsKey(StaffField.FIRST_NAME));
        if (!names) {
            return List.of(Problem.field("mapping", "import.mapping.namesRequired"));
        }
        var used = new java.util.HashMap<Integer, StaffField>();
        for (var entry : columns.entrySet()) {
            if (entry.getValue() < 0 || entry.getValue() >= header.size()) {
                return List.of(
                        Problem.field("mapping", "import.mapping.noSuchColumn", SheetLayout.letter(entry.getValue())));
            }
            StaffField other = used.put(entry.getValue(), entry.getKey());
            if (other != null) {
                return List.of(Problem.field("mapping", "import.mapping.columnTwice", header.get(entry.getValue())));
            }
        }
        return List.of();
    }

    private static int indexOf(List<String> header, String name) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).equalsIgnoreCase(name.trim())) {
                return i;
            }
        }
        return -1;
    }
}
