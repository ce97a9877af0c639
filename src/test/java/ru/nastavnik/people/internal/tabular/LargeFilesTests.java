package ru.nastavnik.people.internal.tabular;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LargeFilesTests {

    private static final int ROWS = 10_000;

    @TempDir
    Path dir;

    @Test
    void readsATenThousandRowCsv() throws IOException {
        Path file = dir.resolve("large.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, UTF_8)) {
            out.write("ФИО;Должность;Стаж\r\n");
            for (int i = 1; i <= ROWS; i++) {
                out.write("Учитель " + i + ";\"учитель; предметник\";" + (i % 40) + "\r\n");
            }
        }

        try (TabularReader reader = Uploads.open(file, "large.csv")) {
            assertThat(reader.header()).containsExactly("ФИО", "Должность", "Стаж");
            int count = 0;
            for (Row row = reader.next(); row != null; row = reader.next()) {
                count++;
                assertThat(row.number()).isEqualTo(count + 1);
                if (count == 1 || count == 5_000 || count == ROWS) {
                    assertThat(row.cells())
                            .containsExactly("Учитель " + count, "учитель; предметник", String.valueOf(count % 40));
                }
            }
            assertThat(count).isEqualTo(ROWS);
        }
    }

    @Test
    void readsATenThousandRowXlsx() throws IOException {
        Path file = dir.resolve("large.xlsx");
        SXSSFWorkbook book = new SXSSFWorkbook(100);
        try (OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("Учителя");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("ФИО");
            header.createCell(1).setCellValue("Стаж");
            for (int i = 1; i <= ROWS; i++) {
                var row = sheet.createRow(i);
                row.createCell(0).setCellValue("Учитель " + i);
                row.createCell(1).setCellValue(i % 40);
            }
            book.write(out);
        } finally {
            book.close();
        }

        try (TabularReader reader = Uploads.open(file, "large.xlsx")) {
            assertThat(reader.header()).containsExactly("ФИО", "Стаж");
            int count = 0;
            for (Row row = reader.next(); row != null; row = reader.next()) {
                count++;
                assertThat(row.number()).isEqualTo(count + 1);
                if (count == 1 || count == 5_000 || count == ROWS) {
                    assertThat(row.cells()).containsExactly("Учитель " + count, String.valueOf(count % 40));
                }
            }
            assertThat(count).isEqualTo(ROWS);
        }
    }
}
