package ru.nastavnik.mentorship;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import ru.nastavnik.shared.web.Dates;

/**
 * The statement as the accountant takes it: one row per mentor with numbers as numbers (sums to two decimals,
 * shares of the rate to four), the period and the rules above the table.
 */
final class PaymentWorkbook {

    private PaymentWorkbook() {}

    static byte[] write(PaymentStatement statement, String organisation) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Ведомость");
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
            CellStyle share = workbook.createCellStyle();
            share.setDataFormat(workbook.createDataFormat().getFormat("0.0000"));
            int r = 0;
            text(sheet.createRow(r++), "Ведомость выплат за наставническую деятельность (ст. 351.8 ТК РФ)");
            text(sheet.createRow(r++), organisation);
            text(
                    sheet.createRow(r++),
                    "Период: с " + Dates.DATE.format(statement.from()) + " по " + Dates.DATE.format(statement.to()));
            for (PaymentRuleView rule : statement.rules()) {
                text(sheet.createRow(r++), "Правило с " + Dates.DATE.format(rule.validFrom()) + ": " + describe(rule));
            }
            r++;
            text(
                    sheet.createRow(r++),
                    "№",
                    "ФИО наставника",
                    "Должность",
                    "Пар (групп)",
                    "Наставляемые",
                    "Дней наставничества в периоде",
                    "Сумма, руб.",
                    "Доля ставки");
            int n = 1;
            for (PaymentStatement.Row row : statement.rows()) {
                Row line = sheet.createRow(r++);
                line.createCell(0).setCellValue(n++);
                line.createCell(1).setCellValue(row.fullName());
                line.createCell(2).setCellValue(row.position());
                line.createCell(3).setCellValue(row.pairs());
                line.createCell(4).setCellValue(String.join("; ", row.mentees()));
                line.createCell(5).setCellValue(row.days());
                number(line, 6, row.roubles(), money);
                number(line, 7, row.rateShare(), share);
            }
            Row total = sheet.createRow(r);
            total.createCell(1).setCellValue("Итого");
            number(total, 6, statement.totalRoubles(), money);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String describe(PaymentRuleView rule) {
        String amount = rule.amount().stripTrailingZeros().toPlainString();
        String cap = rule.cap() == null
                ? ""
                : ", не более " + rule.cap().stripTrailingZeros().toPlainString()
                        + (rule.kind().inRoubles() ? " руб." : " ставки") + " в месяц";
        return switch (rule.kind()) {
            case FIXED -> amount + " руб. в месяц за каждую пару (группу)" + cap;
            case RATE_SHARE -> amount + " ставки в месяц за каждую пару (группу)" + cap;
            case PER_MENTEE -> amount + " ставки в месяц за каждого наставляемого" + cap;
        };
    }

    private static void number(Row row, int column, BigDecimal value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(style);
    }

    private static void text(Row row, String... values) {
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }
}
