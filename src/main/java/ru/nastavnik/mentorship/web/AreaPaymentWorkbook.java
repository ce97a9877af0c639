package ru.nastavnik.mentorship.web;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import ru.nastavnik.mentorship.internal.AreaPaymentStatement;
import ru.nastavnik.shared.web.Dates;

/**
 * The area's statement as XLSX, written straight to the response: SXSSF keeps 100 rows in memory and the rest in its
 * temporary file, so a region of a thousand schools costs no more heap than a municipality. Numbers as numbers; a
 * figure under the small-number rule reads «< 3», a withheld sum «—».
 */
@Component
class AreaPaymentWorkbook {

    private static final Locale RU = Locale.forLanguageTag("ru");

    private final MessageSource messages;

    AreaPaymentWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    void write(AreaPaymentStatement statement, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        try {
            Sheet sheet = workbook.createSheet(text("paymentsArea.sheet"));
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
            CellStyle share = workbook.createCellStyle();
            share.setDataFormat(workbook.createDataFormat().getFormat("0.0000"));
            int r = 0;
            cells(sheet.createRow(r++), text("paymentsArea.title"));
            cells(sheet.createRow(r++), statement.name());
            cells(
                    sheet.createRow(r++),
                    text(
                            "paymentsArea.period",
                            Dates.DATE.format(statement.from()),
                            Dates.DATE.format(statement.to())));
            cells(sheet.createRow(r++), text("paymentsArea.noPersonalData"));
            r++;
            cells(
                    sheet.createRow(r++),
                    text("paymentsArea.column.number"),
                    text("paymentsArea.column.school"),
                    text("paymentsArea.column.municipality"),
                    text("paymentsArea.column.mentors"),
                    text("paymentsArea.column.pairs"),
                    text("paymentsArea.column.mentees"),
                    text("paymentsArea.column.days"),
                    text("paymentsArea.column.roubles"),
                    text("paymentsArea.column.share"));
            int n = 1;
            for (AreaPaymentStatement.Municipality unit : statement.municipalities()) {
                for (AreaPaymentStatement.School school : unit.schools()) {
                    Row line = sheet.createRow(r++);
                    line.createCell(0).setCellValue(n++);
                    line.createCell(1).setCellValue(school.name());
                    line.createCell(2).setCellValue(school.municipality());
                    figures(line, school.figures(), money, share);
                }
                Row subtotal = sheet.createRow(r++);
                subtotal.createCell(1).setCellValue(text("paymentsArea.subtotal", unit.name()));
                figures(subtotal, unit.subtotal(), money, share);
            }
            Row total = sheet.createRow(r++);
            total.createCell(1).setCellValue(text("paymentsArea.total"));
            figures(total, statement.total(), money, share);
            r++;
            cells(sheet.createRow(r), text("paymentsArea.fewNote"));
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    String fileName(AreaPaymentStatement statement) {
        return text("paymentsArea.fileName", statement.from(), statement.to());
    }

    private void figures(Row row, AreaPaymentStatement.Figures f, CellStyle money, CellStyle share) {
        count(row, 3, f.mentors());
        row.createCell(4).setCellValue(f.pairs());
        count(row, 5, f.mentees());
        if (f.fewMentors()) {
            row.createCell(6).setCellValue("—");
            row.createCell(7).setCellValue("—");
            row.createCell(8).setCellValue("—");
            return;
        }
        row.createCell(6).setCellValue(f.mentorDays());
        number(row, 7, f.roubles(), money);
        number(row, 8, f.rateShare(), share);
    }

    private static void count(Row row, int column, Integer value) {
        if (value == null) {
            row.createCell(column).setCellValue("< 3");
        } else {
            row.createCell(column).setCellValue(value);
        }
    }

    private static void number(Row row, int column, BigDecimal value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(style);
    }

    private static void cells(Row row, String... values) {
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, RU);
    }
}
