package ru.nastavnik.people.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import ru.nastavnik.people.internal.ImportResult;
import ru.nastavnik.people.internal.LeftOutRow;

/**
 * The rows of a staff file that were not imported, with why, as a workbook the curator keeps: the row
 * number, the reasons in words, then the row's cells under the file's own headers, to fix and import later.
 */
@Component
class LeftOutWorkbook {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final MessageSource messages;

    LeftOutWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    /** «Не вошедшие строки — педагоги.xlsx» for the upload «педагоги.xlsx». */
    String fileName(String originalName) {
        String stem = originalName == null
                ? ""
                : originalName.replaceAll("^.*[/\\\\]", "").replaceAll("\\.[^.]*$", "");
        return text("import.leftOut.sheet") + (stem.isBlank() ? "" : " — " + stem) + ".xlsx";
    }

    void write(ImportResult result, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(text("import.leftOut.sheet"));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row head = sheet.createRow(0);
            List<String> titles =
                    new java.util.ArrayList<>(List.of(text("import.errors.row"), text("import.leftOut.why")));
            titles.addAll(result.header());
            for (int i = 0; i < titles.size(); i++) {
                head.createCell(i).setCellValue(titles.get(i));
                head.getCell(i).setCellStyle(bold);
            }
            int r = 1;
            for (LeftOutRow left : result.leftOut()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(left.row());
                row.createCell(1)
                        .setCellValue(left.reasons().stream()
                                .map(p -> (p.field() == null ? "" : p.field() + ": ")
                                        + text(p.messageKey(), p.args().toArray()))
                                .collect(Collectors.joining("; ")));
                for (int c = 0; c < left.cells().size(); c++) {
                    row.createCell(c + 2).setCellValue(left.cells().get(c));
                }
            }
            sheet.setColumnWidth(1, 80 * 256);
            workbook.write(out);
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, RUSSIAN);
    }
}
