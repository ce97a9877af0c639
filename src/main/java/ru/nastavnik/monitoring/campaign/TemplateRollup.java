package ru.nastavnik.monitoring.campaign;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The roll-up written into the region's own form. Rows layout: the first sheet keeps everything above the start row
 * (headings, styles) and gets one row per school from it, streamed (SXSSF) — whatever the template had from the
 * start row down is replaced. Sheets layout: the first sheet is copied once per school (named after it) and the
 * mapped cells filled; the blank template sheet is then dropped.
 */
@Component
class TemplateRollup {

    private static final Locale RU = Locale.forLanguageTag("ru");

    private final MessageSource messages;

    TemplateRollup(MessageSource messages) {
        this.messages = messages;
    }

    void write(ReportTemplate template, TemplateMapping mapping, List<SubmissionView> reports, OutputStream out) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template.content()))) {
            if (template.layout() == TemplateLayout.ROWS) {
                rows(book, template.startRow() - 1, mapping, reports, out);
            } else {
                sheets(book, mapping, reports);
                book.write(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void rows(
            XSSFWorkbook book, int start, TemplateMapping mapping, List<SubmissionView> reports, OutputStream out)
            throws IOException {
        XSSFSheet template = book.getSheetAt(0);
        List<Row> below = new ArrayList<>();
        template.forEach(r -> {
            if (r.getRowNum() >= start) {
                below.add(r);
            }
        });
        below.forEach(template::removeRow);
        try (SXSSFWorkbook streamed = new SXSSFWorkbook(book, 100)) {
            Sheet sheet = streamed.getSheetAt(0);
            int r = start;
            for (SubmissionView report : reports) {
                Row row = sheet.createRow(r++);
                for (TemplateMapping.Entry e : mapping.entries()) {
                    put(row.createCell(e.column()), e, report);
                }
            }
            streamed.write(out);
            streamed.dispose();
        }
    }

    private void sheets(XSSFWorkbook book, TemplateMapping mapping, List<SubmissionView> reports) {
        Set<String> names = new HashSet<>();
        for (SubmissionView report : reports) {
            XSSFSheet sheet = book.cloneSheet(0, unique(report.schoolName(), names));
            for (TemplateMapping.Entry e : mapping.entries()) {
                Row row = sheet.getRow(e.row()) != null ? sheet.getRow(e.row()) : sheet.createRow(e.row());
                Cell cell = row.getCell(e.column()) != null ? row.getCell(e.column()) : row.createCell(e.column());
                put(cell, e, report);
            }
        }
        if (!reports.isEmpty()) {
            book.removeSheetAt(0);
        }
    }

    /** A sheet's name: at most 31 characters, none of []:*?/\, never twice. */
    private static String unique(String school, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(school);
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }

    private void put(Cell cell, TemplateMapping.Entry e, SubmissionView report) {
        switch (e.target()) {
            case "SCHOOL" -> cell.setCellValue(report.schoolName());
            case "STATUS" ->
                cell.setCellValue(messages.getMessage(report.status().messageKey(), null, RU));
            case "COMMENT" -> cell.setCellValue(report.comment() == null ? "" : report.comment());
            default -> {
                BigDecimal value = e.own() != null
                        ? e.own().value(report.own().get(e.own().number()))
                        : report.figures().stream()
                                .filter(f -> f.indicator() == e.indicator())
                                .findFirst()
                                .map(SubmittedFigure::value)
                                .orElse(null);
                if (value != null) {
                    cell.setCellValue(value.doubleValue());
                } else {
                    cell.setBlank();
                }
            }
        }
    }
}
