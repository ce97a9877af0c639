package ru.nastavnik.monitoring.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;
import ru.nastavnik.monitoring.internal.Figure;
import ru.nastavnik.monitoring.internal.Indicator;
import ru.nastavnik.monitoring.internal.IndicatorLine;
import ru.nastavnik.monitoring.internal.IndicatorTable;
import ru.nastavnik.shared.web.Dates;

/**
 * The indicator table as XLSX (streamed, SXSSF): the catalogue with the total and each formula, and for an area one
 * row per school with a column per line. Figures only.
 */
@Component
class IndicatorWorkbook {

    private final IndicatorTexts texts;

    IndicatorWorkbook(IndicatorTexts texts) {
        this.texts = texts;
    }

    byte[] write(IndicatorTable table) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(texts.text("indicator.xlsx.catalogue"));
            int r = 0;
            cells(sheet.createRow(r++), texts.text("indicator.title"), table.name());
            cells(
                    sheet.createRow(r++),
                    texts.text("indicator.period"),
                    Dates.DATE.format(table.period().from()) + " — "
                            + Dates.DATE.format(table.period().to()));
            r++;
            cells(
                    sheet.createRow(r++),
                    texts.text("indicator.code"),
                    texts.text("indicator.name"),
                    texts.text("indicator.value"),
                    texts.text("indicator.unit"),
                    texts.text("indicator.formula"),
                    texts.text("indicator.numerator"),
                    texts.text("indicator.base"));
            for (IndicatorLine line : table.lines()) {
                Figure total = table.total(line);
                Row row = sheet.createRow(r++);
                cells(row, line.key(), texts.name(line));
                value(row, 2, line, total);
                cells(
                        row,
                        3,
                        texts.unit(line),
                        line.indicator().computed() ? texts.formula(line) : texts.missing(line));
                // a hidden figure keeps its numbers out too (its 0 / 0 read as a value), and so does one whose
                // numerator or base counts one or two people: the mean load's base is the mentors, the waiting days'
                // the mentees; a count has no numerator and base (its «Знаменатель» read 0)
                if (line.indicator().computed()
                        && line.indicator().unit() != Indicator.Unit.COUNT
                        && total.numbersShown(line.indicator())) {
                    row.createCell(5).setCellValue(total.numerator());
                    row.createCell(6).setCellValue(total.base());
                }
            }
            if (table.area()) {
                schools(workbook.createSheet(texts.text("indicator.xlsx.schools")), table);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void schools(Sheet sheet, IndicatorTable table) {
        List<IndicatorLine> lines =
                table.lines().stream().filter(l -> l.indicator().computed()).toList();
        Row header = sheet.createRow(0);
        header.createCell(0).setCellValue(texts.text("indicator.school"));
        for (int i = 0; i < lines.size(); i++) {
            header.createCell(i + 1).setCellValue(texts.name(lines.get(i)) + ", " + texts.unit(lines.get(i)));
        }
        int r = 1;
        for (IndicatorTable.Row school : table.rows()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(school.own() ? texts.text("indicator.own", school.name()) : school.name());
            for (int i = 0; i < lines.size(); i++) {
                value(row, i + 1, lines.get(i), school.figure(lines.get(i)));
            }
        }
        Row total = sheet.createRow(r);
        total.createCell(0).setCellValue(texts.text("indicator.total"));
        for (int i = 0; i < lines.size(); i++) {
            value(total, i + 1, lines.get(i), table.total(lines.get(i)));
        }
    }

    private void value(Row row, int column, IndicatorLine line, Figure figure) {
        BigDecimal value = texts.value(line, figure);
        if (value != null) {
            row.createCell(column).setCellValue(value.doubleValue());
        } else {
            row.createCell(column).setCellValue(texts.shown(line, figure));
        }
    }

    private static void cells(Row row, String... values) {
        cells(row, 0, values);
    }

    private static void cells(Row row, int from, String... values) {
        for (int i = 0; i < values.length; i++) {
            row.createCell(from + i).setCellValue(values[i]);
        }
    }
}
