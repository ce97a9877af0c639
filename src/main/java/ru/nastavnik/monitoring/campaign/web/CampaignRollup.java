package ru.nastavnik.monitoring.campaign.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import ru.nastavnik.monitoring.campaign.CampaignView;
import ru.nastavnik.monitoring.campaign.ManualFigure;
import ru.nastavnik.monitoring.campaign.OwnFigure;
import ru.nastavnik.monitoring.campaign.SubmissionView;
import ru.nastavnik.monitoring.campaign.SubmittedFigure;
import ru.nastavnik.monitoring.internal.Figure;
import ru.nastavnik.monitoring.internal.Indicator;
import ru.nastavnik.shared.web.Dates;

/**
 * The campaign's roll-up in the system's own layout, streamed (SXSSF, 100 rows in memory): the order and period on
 * top, then one row per school — its status, when submitted, each indicator as submitted, then the campaign's own
 * figures (a column each), which were typed by hand,
 * and its comment. A school that has not submitted has its row with the status only. A region's roll-up names each
 * school's municipality in its last column and ends each municipality's schools with its subtotal, as a region's
 * ministry reads it by municipality. A municipality with no report in has «отчёты не представлены» as its subtotal;
 * a roll-up of one municipality's schools has one total, under its name.
 */
@Component
class CampaignRollup {

    static final int FIRST_SCHOOL_ROW = 4;
    private static final Locale RU = Locale.forLanguageTag("ru");

    private final MessageSource messages;

    CampaignRollup(MessageSource messages) {
        this.messages = messages;
    }

    /** {@code units}: each school's municipality (a region's campaign), none for a municipality's. */
    void write(
            CampaignView c,
            List<SubmissionView> reports,
            java.util.Map<ru.nastavnik.shared.OrganisationId, String> units,
            OutputStream out) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = workbook.createSheet(text("campaigns.xlsx.sheet"));
            sheet.createRow(0).createCell(0).setCellValue(c.title());
            sheet.createRow(1)
                    .createCell(0)
                    .setCellValue(text(
                            "campaigns.line",
                            c.areaName(),
                            c.orderNumber(),
                            Dates.DATE.format(c.orderDate()),
                            Dates.DATE.format(c.deadline())));
            sheet.createRow(2)
                    .createCell(0)
                    .setCellValue(text("campaigns.periodOf", Dates.DATE.format(c.from()), Dates.DATE.format(c.to())));
            Row header = sheet.createRow(FIRST_SCHOOL_ROW - 1);
            int col = 0;
            header.createCell(col++).setCellValue(text("campaigns.school"));
            header.createCell(col++).setCellValue(text("campaigns.status"));
            header.createCell(col++).setCellValue(text("campaigns.submittedAt"));
            for (Indicator i : c.indicators()) {
                header.createCell(col++).setCellValue(text(i.nameKey()) + ", " + text(i.unitKey()));
            }
            for (OwnFigure f : c.own()) {
                header.createCell(col++)
                        .setCellValue(f.title() + ", " + text(f.unit().messageKey()));
            }
            header.createCell(col++).setCellValue(text("campaigns.xlsx.manual"));
            header.createCell(col++).setCellValue(text("campaigns.comment"));
            int r = FIRST_SCHOOL_ROW;
            String totalLabel = text("campaigns.xlsx.total");
            if (units.isEmpty()) {
                for (SubmissionView s : reports) {
                    row(sheet.createRow(r++), c, s);
                }
            } else {
                header.createCell(col).setCellValue(text("campaigns.xlsx.unit"));
                // by municipality (in name order), each one's schools in the order given, then its subtotal
                java.util.Map<String, List<SubmissionView>> byUnit =
                        new java.util.TreeMap<>(ru.nastavnik.shared.RussianOrder.NAMES);
                reports.forEach(s -> byUnit.computeIfAbsent(
                                units.getOrDefault(s.school(), ""), u -> new java.util.ArrayList<>())
                        .add(s));
                for (var unit : byUnit.entrySet()) {
                    for (SubmissionView s : unit.getValue()) {
                        Row row = sheet.createRow(r++);
                        row(row, c, s);
                        row.createCell(col).setCellValue(unit.getKey());
                    }
                    String subtotal = text("campaigns.xlsx.subtotal", unit.getKey());
                    if (byUnit.size() == 1 && !unit.getKey().isEmpty()) {
                        // one municipality (its methodologist following the region's campaign reads her own
                        // schools): its subtotal is the total, printed once under its name — «по территории»
                        // under the region's heading would read as the region's figure
                        totalLabel = subtotal;
                    } else {
                        total(sheet.createRow(r++), c, unit.getValue(), subtotal);
                    }
                }
            }
            total(sheet.createRow(r), c, reports, totalLabel);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void row(Row row, CampaignView c, SubmissionView s) {
        int col = 0;
        row.createCell(col++).setCellValue(s.schoolName());
        row.createCell(col++).setCellValue(text(s.status().messageKey()));
        row.createCell(col++).setCellValue(s.submittedAt() == null ? "" : new Dates().dateTime(s.submittedAt()));
        StringBuilder manual = new StringBuilder();
        for (Indicator i : c.indicators()) {
            SubmittedFigure f = s.figures().stream()
                    .filter(x -> x.indicator() == i)
                    .findFirst()
                    .orElse(null);
            BigDecimal value = f == null ? null : f.value();
            if (value != null) {
                row.createCell(col).setCellValue(value.doubleValue());
            }
            if (f != null && f.manual()) {
                manual.append(manual.isEmpty() ? "" : "; ").append(text(i.nameKey()));
            }
            col++;
        }
        for (OwnFigure f : c.own()) {
            BigDecimal value = f.value(s.own().get(f.number()));
            if (value != null) {
                row.createCell(col).setCellValue(value.doubleValue());
                manual.append(manual.isEmpty() ? "" : "; ").append(f.title());
            }
            col++;
        }
        row.createCell(col++).setCellValue(manual.toString());
        row.createCell(col).setCellValue(s.comment() == null ? "" : s.comment());
    }

    /**
     * The territory's total of the reports in: counts added up, a share or a mean over the added numerators and bases
     * (the schools weighed by their size, as the municipality reports upward).
     */
    private void total(Row row, CampaignView c, List<SubmissionView> reports, String label) {
        int col = 0;
        row.createCell(col).setCellValue(label);
        if (reports.stream().allMatch(s -> s.figures().isEmpty() && s.own().isEmpty())) {
            // nothing in to add up: a blank line under a municipality's schools reads as a missing figure or
            // as zeros; the schools' rows above already say «Не начат» (and the like), so the line says so too
            // rather than vanish from a region's list of municipalities
            row.createCell(col + 1).setCellValue(text("campaigns.xlsx.noneSubmitted"));
            return;
        }
        col += 3;
        for (Indicator i : c.indicators()) {
            long numerator = 0;
            long base = 0;
            boolean any = false;
            for (SubmissionView s : reports) {
                for (SubmittedFigure f : s.figures()) {
                    if (f.indicator() == i) {
                        numerator += f.numerator();
                        base += f.base();
                        any = true;
                    }
                }
            }
            cell(row, col++, any ? new Figure(numerator, base).value(i.unit()) : null);
        }
        for (OwnFigure f : c.own()) {
            long numerator = 0;
            long base = 0;
            boolean any = false;
            for (SubmissionView s : reports) {
                ManualFigure typed = s.own().get(f.number());
                if (typed != null) {
                    numerator += typed.numerator();
                    base += typed.base();
                    any = true;
                }
            }
            cell(row, col++, any ? new Figure(numerator, base).value(f.unit()) : null);
        }
    }

    private static void cell(Row row, int col, BigDecimal value) {
        if (value != null) {
            row.createCell(col).setCellValue(value.doubleValue());
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, RU);
    }
}
