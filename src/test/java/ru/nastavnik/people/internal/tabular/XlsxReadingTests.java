package ru.nastavnik.people.internal.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxReadingTests {

    @TempDir
    Path dir;

    @Test
    void readsTextNumberDateAndEmptyCellsAsTheUserSeesThem() throws IOException {
        Path file = workbook(book -> {
            Sheet sheet = book.createSheet("Учителя");
            PoiWorkbooks.header(
                    sheet, "ФИО", "Стаж", "Ставка", "Дата рождения", "Телефон", "ИНН", "Примечание", "Принят");
            CellStyle russianDate = book.createCellStyle();
            russianDate.setDataFormat(book.createDataFormat().getFormat("dd.mm.yyyy"));
            CellStyle builtinDate = book.createCellStyle();
            builtinDate.setDataFormat((short) 14);
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("  Иванова Анна Петровна ");
            row.createCell(1).setCellValue(12.0);
            row.createCell(2).setCellValue(3.5);
            row.createCell(3).setCellValue(LocalDate.of(1985, 9, 15));
            row.getCell(3).setCellStyle(russianDate);
            row.createCell(4).setCellValue(79161234567.0);
            row.createCell(5).setCellValue(500100732259.0);
            row.createCell(6).setBlank();
            row.createCell(7).setCellValue(LocalDate.of(2010, 1, 2));
            row.getCell(7).setCellStyle(builtinDate);
        });

        try (TabularReader reader = Uploads.open(file, "учителя.xlsx")) {
            assertThat(reader.format()).isEqualTo("XLSX");
            assertThat(reader.encoding()).isEqualTo("UTF-8");
            assertThat(reader.separator()).isEqualTo('\0');
            assertThat(reader.header())
                    .containsExactly(
                            "ФИО", "Стаж", "Ставка", "Дата рождения", "Телефон", "ИНН", "Примечание", "Принят");
            Row row = reader.next();
            assertThat(row.number()).isEqualTo(2);
            assertThat(row.cells())
                    .containsExactly(
                            "Иванова Анна Петровна",
                            "12",
                            "3.5",
                            "15.09.1985",
                            "79161234567",
                            "500100732259",
                            "",
                            "02.01.2010");
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void aCellMergedDownAColumnGivesItsValueToEveryRowItCoversButATitleStaysInItsFirstCell() throws IOException {
        Path file = workbook(book -> {
            Sheet sheet = book.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("Список педагогов");
            sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(0, 0, 0, 2));
            var header = sheet.createRow(1);
            header.createCell(0).setCellValue("ФИО");
            header.createCell(1).setCellValue("Должность");
            header.createCell(2).setCellValue("Предметы");
            String[][] rows = {
                {"Иванова Анна Петровна", "учитель", "математика"},
                {"Петров Илья Ильич", "", "физика"},
                {"Сидорова Вера Павловна", "", ""}
            };
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r + 2);
                for (int c = 0; c < 3; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(2, 4, 1, 1));
        });

        try (TabularReader reader = Uploads.open(file, "педагоги.xlsx")) {
            assertThat(reader.header()).containsExactly("Список педагогов");
            assertThat(reader.next().cells()).containsExactly("ФИО", "Должность", "Предметы");
            assertThat(reader.next().cells()).containsExactly("Иванова Анна Петровна", "учитель", "математика");
            assertThat(reader.next().cells()).containsExactly("Петров Илья Ильич", "учитель", "физика");
            assertThat(reader.next().cells()).startsWith("Сидорова Вера Павловна", "учитель");
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void placesCellsByTheirReferenceLeavingGapsEmpty() throws IOException {
        Path file = workbook(book -> {
            Sheet sheet = book.createSheet();
            PoiWorkbooks.header(sheet, "A", "B", "C");
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("слева");
            row.createCell(2).setCellValue("справа");
            sheet.createRow(2).createCell(1).setCellValue("в середине");
        });

        List<Row> rows = Uploads.rows(file, "gaps.xlsx");

        assertThat(rows.get(0).cells()).containsExactly("слева", "", "справа");
        assertThat(rows.get(1).cells()).containsExactly("", "в середине");
        assertThat(rows.get(1).cell(2)).isEmpty();
    }

    @Test
    void readsCachedFormulaResultsAndBooleans() throws IOException {
        Path file = workbook(book -> {
            Sheet sheet = book.createSheet();
            PoiWorkbooks.header(sheet, "Часы", "Ставки", "Итого", "Совместитель", "ФИО");
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue(18);
            row.createCell(1).setCellValue(1.5);
            row.createCell(2).setCellFormula("A2*B2");
            row.createCell(3).setCellValue(true);
            row.createCell(4).setCellFormula("\"Иванов\"&\" И.\"");
            book.getCreationHelper().createFormulaEvaluator().evaluateAll();
        });

        assertThat(Uploads.rows(file, "formulas.xlsx").get(0).cells())
                .containsExactly("18", "1.5", "27", "TRUE", "Иванов И.");
    }

    @Test
    void skipsBlankRowsAndKeepsExcelRowNumbers() throws IOException {
        Path file = workbook(book -> {
            Sheet sheet = book.createSheet();
            sheet.createRow(1).createCell(0).setCellValue("   ");
            sheet.createRow(2).createCell(0).setCellValue("ФИО");
            sheet.createRow(4).createCell(0).setCellValue("Иванов");
            sheet.createRow(5).createCell(3).setBlank();
            sheet.createRow(9).createCell(0).setCellValue("Петров");
        });

        try (TabularReader reader = Uploads.open(file, "list.xlsx")) {
            assertThat(reader.header()).containsExactly("ФИО");
            assertThat(Uploads.rows(reader)).extracting(Row::number).containsExactly(5, 10);
        }
    }

    @Test
    void readsOnlyTheFirstSheet() throws IOException {
        Path file = workbook(book -> {
            PoiWorkbooks.header(book.createSheet("Список"), "ФИО");
            book.getSheetAt(0).createRow(1).createCell(0).setCellValue("Иванов");
            PoiWorkbooks.header(book.createSheet("Справочник"), "Должности");
        });

        assertThat(Uploads.rows(file, "list.xlsx")).extracting(Row::cells).containsExactly(List.of("Иванов"));
    }

    @Test
    void readsCellsAndRowsWithoutReferences() {
        Path file = HandmadeXlsx.withSheet(
                dir,
                HandmadeXlsx.SHEET_START
                        + "<row><c t=\"inlineStr\"><is><t>ФИО</t></is></c><c t=\"inlineStr\"><is><t>Стаж</t></is></c></row>"
                        + "<row><c t=\"inlineStr\"><is><t>Иванов</t></is></c><c><v>7</v></c></row>"
                        + HandmadeXlsx.SHEET_END);

        try (TabularReader reader = Uploads.open(file, "list.xlsx")) {
            assertThat(reader.header()).containsExactly("ФИО", "Стаж");
            assertThat(reader.next()).isEqualTo(new Row(2, List.of("Иванов", "7")));
        }
    }

    @Test
    void reportsASheetThatBreaksOffAfterTheHeaderFromNext() {
        Path file = HandmadeXlsx.withSheet(
                dir,
                HandmadeXlsx.SHEET_START
                        + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>ФИО</t></is></c></row>"
                        + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>Иванов</t></is></c></row>"
                        + "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>Пет");

        try (TabularReader reader = Uploads.open(file, "list.xlsx")) {
            assertThat(reader.header()).containsExactly("ФИО");
            assertThat(reader.next().cells()).containsExactly("Иванов");
            assertThatThrownBy(reader::next)
                    .isInstanceOf(TabularFileException.class)
                    .extracting(e -> ((TabularFileException) e).messageKey())
                    .isEqualTo("import.file.corrupt");
            // the failure stays: callers looping on next() do not get a silent end of file
            assertThatThrownBy(reader::next).isInstanceOf(TabularFileException.class);
        }
    }

    @Test
    void closingMidFileStopsTheParserThread() throws IOException {
        Path file = workbook(book -> {
            Sheet sheet = book.createSheet();
            PoiWorkbooks.header(sheet, "ФИО", "Номер");
            for (int i = 1; i <= 2_000; i++) {
                var row = sheet.createRow(i);
                row.createCell(0).setCellValue("Учитель " + i);
                row.createCell(1).setCellValue(i);
            }
        });

        TabularReader reader = Uploads.open(file, "list.xlsx");
        assertThat(reader.next().cells()).containsExactly("Учитель 1", "1");
        // the queue is full by now and the parser is blocked handing over more rows
        assertThat(parserThreads()).isNotEmpty();
        reader.close();

        assertThat(parserThreads()).isEmpty();
    }

    private static List<Thread> parserThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith(XlsxReader.THREAD_PREFIX) && thread.isAlive())
                .toList();
    }

    private Path workbook(PoiWorkbooks.Filler filler) throws IOException {
        return PoiWorkbooks.write(dir, filler);
    }
}
