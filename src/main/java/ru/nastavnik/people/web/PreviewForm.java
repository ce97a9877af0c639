package ru.nastavnik.people.web;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.nastavnik.people.internal.ColumnMapping;
import ru.nastavnik.people.internal.ImportChoices;
import ru.nastavnik.people.internal.StaffField;

/**
 * The preview page's one form: the header row, the column of each field, and per row a correction of a cell
 * ({@code fix_12_HIRED_ON}, sent with the file's own text in {@code cell_12_HIRED_ON}), «leave out»
 * ({@code skip_12}) or «merge into the earlier row» ({@code merge_12=9}).
 */
final class PreviewForm {

    private static final Pattern FIX = Pattern.compile("fix_(\\d{1,7})_([A-Z_]{1,40})");
    private static final Pattern ROW = Pattern.compile("(skip|merge)_(\\d{1,7})");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,7}");

    private PreviewForm() {}

    static ImportChoices choices(Map<String, String> params) {
        Set<Integer> skipped = new HashSet<>();
        Map<Integer, Map<StaffField, String>> corrections = new HashMap<>();
        Map<Integer, Integer> merges = new HashMap<>();
        params.forEach((name, value) -> {
            Matcher fix = FIX.matcher(name);
            Matcher row = ROW.matcher(name);
            if (fix.matches()
                    && known(fix.group(2))
                    && !value.equals(params.getOrDefault("cell_" + fix.group(1) + "_" + fix.group(2), ""))) {
                corrections
                        .computeIfAbsent(Integer.valueOf(fix.group(1)), r -> new EnumMap<>(StaffField.class))
                        .put(StaffField.valueOf(fix.group(2)), value);
            } else if (row.matches() && row.group(1).equals("skip")) {
                skipped.add(Integer.valueOf(row.group(2)));
            } else if (row.matches() && NUMBER.matcher(value).matches()) {
                merges.put(Integer.valueOf(row.group(2)), Integer.valueOf(value));
            }
        });
        return new ImportChoices(number(params.get("header_row")), skipped, corrections, merges);
    }

    /** The columns as chosen; null when the header row changed, so that the new header is recognised afresh. */
    static ColumnMapping mapping(Map<String, String> params) {
        Integer header = number(params.get("header_row"));
        if (header != null && !header.equals(number(params.get("mapped_header")))) {
            return null;
        }
        Map<StaffField, Integer> columns = new EnumMap<>(StaffField.class);
        for (StaffField field : StaffField.values()) {
            Integer column = number(params.get("col_" + field.name()));
            if (column != null) {
                columns.put(field, column);
            }
        }
        return new ColumnMapping(columns);
    }

    private static boolean known(String field) {
        try {
            StaffField.valueOf(field);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Integer number(String value) {
        return value != null && NUMBER.matcher(value).matches() ? Integer.valueOf(value) : null;
    }
}
