package ru.nastavnik.mentorship.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import ru.nastavnik.shared.web.Dates;

/**
 * The statement as the accountant takes it: one row per mentor with numbers as numbers (sums to two decimals,
 * shares of the rate to four), the period and the rules above the table. Its wording is in the message bundle
 * ({@code mentorship.payments.*}).
 */
final class PaymentWorkbook {

    private static final Locale RU = Locale.forLanguageTag("ru");

    private PaymentWorkbook() {}

    static byte[] write(PaymentStatement statement, String organisation, MessageSource messages) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(text(messages, "mentorship.payments.sheet"));
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
            CellStyle share = workbook.createCellStyle();
            share.setDataFormat(workbook.createDataFormat().getFormat("0.0000"));
            int r = 0;
            text(sheet.createRow(r++), text(messages, "mentorship.payments.title"));
            text(sheet.createRow(r++), organisation);
            text(
                    sheet.createRow(r++),
                    text(
                            messages,
                            "mentorship.payments.period",
                            Dates.DATE.format(statement.from()),
                            Dates.DATE.format(statement.to())));
            for (PaymentRuleView rule : statement.rules()) {
                text(
                        sheet.createRow(r++),
                        text(
                                messages,
                                "mentorship.payments.rule",
                                Dates.DATE.format(rule.validFrom()),
                                describe(rule, messages)));
            }
            r++;
            text(
                    sheet.createRow(r++),
                    text(messages, "mentorship.payments.columns").split("\\|"));
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
            total.createCell(1).setCellValue(text(messages, "mentorship.payments.total"));
            number(total, 6, statement.totalRoubles(), money);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** «3 000 руб. в месяц за каждую пару (группу), не более 5 000 руб. в месяц». */
    static String describe(PaymentRuleView rule, MessageSource messages) {
        String amount = PaymentOrders.decimal(plain(rule.amount()));
        String cap = rule.cap() == null
                ? ""
                : text(
                        messages,
                        rule.kind().inRoubles() ? "mentorship.payments.cap.roubles" : "mentorship.payments.cap.rate",
                        PaymentOrders.decimal(plain(rule.cap())));
        return text(messages, "mentorship.payments.rule." + rule.kind().name(), amount, cap);
    }

    /** 3000.00 → 3000, 0.1500 → 0.15 (never 3E+3). */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Arguments are text (a number formatted by the bundle would get a group separator). */
    static String text(MessageSource messages, String key, String... args) {
        return messages.getMessage(key, args, RU);
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
