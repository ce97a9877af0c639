package ru.nastavnik.people.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import ru.nastavnik.people.StaffData;
import ru.nastavnik.shared.Gender;
import ru.nastavnik.shared.InvalidInputException.Problem;

/**
 * Turns one row of cells into staff facts, naming the column of every cell it cannot read. A correction the
 * curator typed in the preview is read instead of its cell, so that it passes the same checks.
 */
final class StaffRowParser {

    private final ColumnMapping mapping;
    private final List<String> header;
    private final ImportChoices choices;

    StaffRowParser(ColumnMapping mapping, List<String> header, ImportChoices choices) {
        this.mapping = mapping;
        this.header = header;
        this.choices = choices;
    }

    Parsed parse(int row, List<String> cells) {
        Reader r = new Reader(row, cells);
        String lastName = r.get(StaffField.LAST_NAME, StaffCells::name);
        String firstName = r.get(StaffField.FIRST_NAME, StaffCells::name);
        String middleName = r.get(StaffField.MIDDLE_NAME, StaffCells::name);
        String[] full = r.get(StaffField.FULL_NAME, StaffCells::fullName);
        if (full != null && lastName == null && firstName == null) {
            lastName = full[0];
            firstName = full[1];
            middleName = middleName == null ? full[2] : middleName;
        }
        Gender gender = r.get(StaffField.GENDER, StaffCells::gender);
        if (gender == null && !r.badFields.contains(StaffField.GENDER)) {
            gender = NameGender.of(lastName, middleName);
        }
        StaffData data = new StaffData(
                lastName,
                firstName,
                middleName,
                gender,
                r.get(StaffField.BIRTH_DATE, StaffCells::date),
                r.get(StaffField.PERSONNEL_NUMBER, StaffCells::text),
                r.list(StaffField.POSITIONS),
                r.list(StaffField.SUBJECTS),
                r.get(StaffField.TOTAL_EXPERIENCE, StaffCells::years),
                r.get(StaffField.TEACHING_EXPERIENCE, StaffCells::years),
                r.get(StaffField.QUALIFICATION_CATEGORY, StaffCells::category),
                r.get(StaffField.EDUCATION, StaffCells::text),
                r.get(StaffField.HIRED_ON, StaffCells::date),
                r.get(StaffField.EMAIL, StaffCells::text),
                r.get(StaffField.PHONE, StaffCells::text),
                r.get(StaffField.EMPLOYMENT_CONTRACT_NUMBER, StaffCells::text),
                r.get(StaffField.EMPLOYMENT_CONTRACT_DATE, StaffCells::date),
                r.get(StaffField.LEFT_ON, StaffCells::date),
                r.get(StaffField.LEAVING_REASON, StaffCells::reason),
                r.get(StaffField.LEAVING_COMMENT, StaffCells::text));
        return new Parsed(row, data, r.problems, r.badFields);
    }

    /** A rule's problem about a property, as a problem of the row's cell that holds it. */
    Problem cellProblem(int row, Problem rule) {
        return Problem.cell(
                row,
                label(sourceOf(rule.field())),
                rule.messageKey(),
                rule.args().toArray());
    }

    /** The field the curator corrects for a property: the full-name column when the name parts come from it. */
    StaffField sourceOf(String property) {
        StaffField field = StaffField.ofProperty(property).orElse(StaffField.FULL_NAME);
        return mapping.column(field).isPresent()
                        || !isName(field)
                        || mapping.column(StaffField.FULL_NAME).isEmpty()
                ? field
                : StaffField.FULL_NAME;
    }

    /**
     * What the row's mapped cells read, plus the fields named in {@code extra}: with the curator's corrections,
     * or as the file has them.
     */
    Map<StaffField, String> values(int row, List<String> cells, Set<StaffField> extra, boolean corrected) {
        Map<StaffField, String> values = new LinkedHashMap<>();
        for (StaffField field : StaffField.values()) {
            if (mapping.column(field).isPresent() || extra.contains(field)) {
                values.put(field, corrected ? text(row, cells, field) : cell(cells, field));
            }
        }
        return values;
    }

    private String text(int row, List<String> cells, StaffField field) {
        return choices.correction(row, field).orElseGet(() -> cell(cells, field));
    }

    private String cell(List<String> cells, StaffField field) {
        return mapping.column(field)
                .filter(c -> c < cells.size())
                .map(cells::get)
                .orElse("");
    }

    /** The column as the user's file calls it, or the field's own name when the file has no such column. */
    private String label(StaffField field) {
        return mapping.column(field)
                .filter(c -> c < header.size() && !header.get(c).isBlank())
                .map(header::get)
                .orElse(field.header());
    }

    private static boolean isName(StaffField field) {
        return field == StaffField.LAST_NAME || field == StaffField.FIRST_NAME || field == StaffField.MIDDLE_NAME;
    }

    record Parsed(int row, StaffData data, List<Problem> problems, Set<StaffField> badFields) {}

    private final class Reader {

        private final int row;
        private final List<String> cells;
        private final List<Problem> problems = new ArrayList<>();
        private final Set<StaffField> badFields = EnumSet.noneOf(StaffField.class);

        Reader(int row, List<String> cells) {
            this.row = row;
            this.cells = cells;
        }

        <T> T get(StaffField field, Function<String, T> read) {
            if (mapping.column(field).isEmpty()
                    && choices.correction(row, field).isEmpty()) {
                return null;
            }
            String cell = text(row, cells, field);
            try {
                return read.apply(cell);
            } catch (IllegalArgumentException e) {
                problems.add(Problem.cell(row, label(field), e.getMessage(), cell));
                badFields.add(field);
                return null;
            }
        }

        List<String> list(StaffField field) {
            List<String> values = get(field, StaffCells::list);
            return values == null ? List.of() : values;
        }
    }
}
