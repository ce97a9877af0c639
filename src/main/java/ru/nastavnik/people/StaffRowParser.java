package ru.nastavnik.people;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import ru.nastavnik.shared.InvalidInputException.Problem;

/** Turns one row of cells into staff facts, naming the column of every cell it cannot read. */
final class StaffRowParser {

    private final ColumnMapping mapping;
    private final List<String> header;

    StaffRowParser(ColumnMapping mapping, List<String> header) {
        this.mapping = mapping;
        this.header = header;
    }

    Parsed parse(int row, List<String> cells) {
        List<Problem> problems = new ArrayList<>();
        Reader r = new Reader(row, cells, problems);
        String lastName = r.get(StaffField.LAST_NAME, StaffCells::text);
        String firstName = r.get(StaffField.FIRST_NAME, StaffCells::text);
        String middleName = r.get(StaffField.MIDDLE_NAME, StaffCells::text);
        String[] full = r.get(StaffField.FULL_NAME, StaffCells::fullName);
        if (full != null && lastName == null && firstName == null) {
            lastName = full[0];
            firstName = full[1];
            middleName = middleName == null ? full[2] : middleName;
        }
        StaffData data = new StaffData(lastName, firstName, middleName,
                r.get(StaffField.GENDER, StaffCells::gender),
                r.get(StaffField.BIRTH_DATE, StaffCells::date),
                r.get(StaffField.PERSONNEL_NUMBER, StaffCells::text),
                r.list(StaffField.POSITIONS), r.list(StaffField.SUBJECTS),
                r.get(StaffField.TOTAL_EXPERIENCE, StaffCells::years),
                r.get(StaffField.TEACHING_EXPERIENCE, StaffCells::years),
                r.get(StaffField.QUALIFICATION_CATEGORY, StaffCells::category),
                r.get(StaffField.EDUCATION, StaffCells::text),
                r.get(StaffField.HIRED_ON, StaffCells::date),
                r.get(StaffField.EMAIL, StaffCells::text),
                r.get(StaffField.PHONE, StaffCells::text));
        return new Parsed(row, data, problems);
    }

    /** The column a rule's field came from, as the user's file calls it. */
    String columnOf(String property) {
        for (StaffField field : StaffField.values()) {
            if (property.equals(field.property())) {
                StaffField source = mapping.column(field).isPresent() || !isName(field) ? field : StaffField.FULL_NAME;
                return mapping.column(source).map(header::get).orElse(field.header());
            }
        }
        return property;
    }

    private static boolean isName(StaffField field) {
        return field == StaffField.LAST_NAME || field == StaffField.FIRST_NAME || field == StaffField.MIDDLE_NAME;
    }

    record Parsed(int row, StaffData data, List<Problem> problems) {
    }

    private final class Reader {

        private final int row;
        private final List<String> cells;
        private final List<Problem> problems;

        Reader(int row, List<String> cells, List<Problem> problems) {
            this.row = row;
            this.cells = cells;
            this.problems = problems;
        }

        <T> T get(StaffField field, Function<String, T> read) {
            Integer column = mapping.column(field).orElse(null);
            if (column == null || column >= cells.size()) {
                return null;
            }
            String cell = cells.get(column);
            try {
                return read.apply(cell);
            } catch (IllegalArgumentException e) {
                problems.add(Problem.cell(row, header.get(column), e.getMessage(), cell));
                return null;
            }
        }

        List<String> list(StaffField field) {
            List<String> values = get(field, StaffCells::list);
            return values == null ? List.of() : values;
        }
    }

}
