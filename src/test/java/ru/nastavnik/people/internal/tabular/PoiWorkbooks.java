package ru.nastavnik.people.internal.tabular;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Workbooks written by POI, as Excel would write them. */
final class PoiWorkbooks {

    interface Filler {
        void fill(Workbook book) throws IOException;
    }

    private PoiWorkbooks() {}

    static Path write(Path dir, Filler filler) throws IOException {
        Path file = Files.createTempFile(dir, "book", ".bin");
        try (Workbook book = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            filler.fill(book);
            book.write(out);
        }
        return file;
    }

    static void header(Sheet sheet, String... names) {
        var row = sheet.createRow(0);
        for (int i = 0; i < names.length; i++) {
            row.createCell(i).setCellValue(names[i]);
        }
    }
}
