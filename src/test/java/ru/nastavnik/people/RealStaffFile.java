package ru.nastavnik.people;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A staff list as a school keeps it: a merged title and an «Утверждаю» line above the header, a numbering
 * column, headers in the school's own words, an empty row, and the mistakes real lists have — an impossible
 * hire date, a teacher listed twice with the same values, and one listed twice with different values.
 */
final class RealStaffFile {

    static final int HEADER_ROW = 4;
    static final int BAD_HIRE_DATE = 7;
    static final int REPEATED = 9;
    static final int REPEATED_FIRST = 8;
    static final int CONFLICTING = 11;
    static final int CONFLICTING_FIRST = 10;

    private RealStaffFile() {}

    /** Surnames end in {@code tag} (letters) so that tests sharing a database do not meet each other's people. */
    static byte[] xlsx(String tag) throws IOException {
        List<List<String>> rows = List.of(
                List.of("Список педагогических работников МБОУ «СОШ № 5» на 01.09.2026"),
                List.of("", "", "", "", "", "", "", "Утверждаю: директор ______ И. В. Кузнецова"),
                List.of(),
                List.of(
                        "№ п/п",
                        "Ф.И.О. (полностью)",
                        "Пол",
                        "Дата рождения (дд.мм.гггг)",
                        "Занимаемая должность",
                        "Преподаваемые предметы",
                        "Стаж педагогической работы",
                        "Квалификационная категория",
                        "Дата приёма на работу",
                        "Табельный №"),
                List.of(
                        "1",
                        "Кузнецова" + tag + " Ирина Викторовна",
                        "ж",
                        "12.04.1975",
                        "учитель",
                        "математика",
                        "25",
                        "высшая",
                        "15.08.1998",
                        tag + "101"),
                List.of(),
                List.of(
                        "2",
                        "Морозов" + tag + " Тимофей Владимирович",
                        "м",
                        "03.02.1988",
                        "учитель",
                        "физика",
                        "12",
                        "первая",
                        "01.09.2096",
                        tag + "102"),
                List.of(
                        "3",
                        "Белова" + tag + " Елена Николаевна",
                        "ж",
                        "20.10.1990",
                        "педагог-психолог",
                        "",
                        "8",
                        "первая",
                        "01.09.2015",
                        ""),
                List.of(
                        "4",
                        "Белова" + tag + " Елена Николаевна",
                        "ж",
                        "20.10.1990",
                        "педагог-психолог",
                        "",
                        "8",
                        "первая",
                        "01.09.2015",
                        ""),
                List.of(
                        "5",
                        "Орлов" + tag + " Пётр Ильич",
                        "м",
                        "01.01.1980",
                        "учитель",
                        "история",
                        "20",
                        "первая",
                        "01.09.2005",
                        tag + "105"),
                List.of(
                        "6",
                        "Орлов" + tag + " Пётр Ильич",
                        "м",
                        "01.01.1980",
                        "учитель",
                        "история, обществознание",
                        "21",
                        "первая",
                        "",
                        tag + "105"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("Педагоги");
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 9));
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 7, 9));
            workbook.write(out);
        }
        return out.toByteArray();
    }

    /** Names may hold only letters, so the random part is spelt in Cyrillic. */
    static String letterTag() {
        StringBuilder tag = new StringBuilder();
        java.util.concurrent.ThreadLocalRandom.current()
                .ints(6, 0, 10)
                .forEach(d -> tag.append("абвгдежзик".charAt(d)));
        return tag.toString();
    }
}
