package ru.nastavnik.monitoring.campaign.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import ru.nastavnik.monitoring.Figure;
import ru.nastavnik.monitoring.Indicator;
import ru.nastavnik.monitoring.campaign.SchoolReport;
import ru.nastavnik.monitoring.campaign.SubmittedFigure;

/**
 * One indicator of a report as the page shows it: while the school may edit, the system's figure now (or an input for a
 * figure typed by hand); afterwards the figure as submitted, marked when it was typed by hand.
 */
record ReportLine(Indicator indicator, String value, boolean manual, boolean input) {

    static List<ReportLine> of(SchoolReport report) {
        List<ReportLine> lines = new ArrayList<>();
        for (Indicator indicator : report.campaign().indicators()) {
            if (report.editable()) {
                lines.add(indicator.computed()
                        ? new ReportLine(indicator, shown(report.system().getOrDefault(indicator, Figure.ZERO)
                                .value(indicator.unit())), false, false)
                        : new ReportLine(indicator, null, true, true));
            } else {
                SubmittedFigure f = report.submission().figures().stream().filter(s -> s.indicator() == indicator)
                        .findFirst().orElse(null);
                lines.add(new ReportLine(indicator, f == null ? null : shown(f.value()), f != null && f.manual(), false));
            }
        }
        return lines;
    }

    /** «12,5»; «—» when there is no base. */
    static String shown(BigDecimal value) {
        return value == null ? "—" : value.toPlainString().replace('.', ',');
    }

    public boolean hasBase() {
        return indicator.unit() != Indicator.Unit.COUNT;
    }
}
