package ru.nastavnik.monitoring.campaign.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import ru.nastavnik.monitoring.campaign.OwnFigure;
import ru.nastavnik.monitoring.campaign.SchoolReport;
import ru.nastavnik.monitoring.campaign.SubmittedFigure;
import ru.nastavnik.monitoring.internal.Figure;
import ru.nastavnik.monitoring.internal.Indicator;

/**
 * One figure of a report as the page shows it: while the school may edit, the system's figure now (or an input for a
 * figure typed by hand); afterwards the figure as submitted, marked when it was typed by hand. A campaign's own figure
 * ({@code own} set, {@code indicator} null) is always typed by hand.
 */
record ReportLine(Indicator indicator, OwnFigure own, String value, boolean manual, boolean input) {

    static List<ReportLine> of(SchoolReport report) {
        List<ReportLine> lines = new ArrayList<>();
        for (Indicator indicator : report.campaign().indicators()) {
            if (report.editable()) {
                lines.add(
                        indicator.computed()
                                ? new ReportLine(
                                        indicator,
                                        null,
                                        shown(report.system()
                                                .getOrDefault(indicator, Figure.ZERO)
                                                .value(indicator.unit())),
                                        false,
                                        false)
                                : new ReportLine(indicator, null, null, true, true));
            } else {
                SubmittedFigure f = report.submission().figures().stream()
                        .filter(s -> s.indicator() == indicator)
                        .findFirst()
                        .orElse(null);
                lines.add(new ReportLine(
                        indicator, null, f == null ? null : shown(f.value()), f != null && f.manual(), false));
            }
        }
        for (OwnFigure own : report.campaign().own()) {
            lines.add(
                    report.editable()
                            ? new ReportLine(null, own, null, true, true)
                            : new ReportLine(
                                    null,
                                    own,
                                    report.submission().own().containsKey(own.number())
                                            ? shown(own.value(
                                                    report.submission().own().get(own.number())))
                                            : null,
                                    true,
                                    false));
        }
        return lines;
    }

    /** «12,5»; «—» when there is no base. */
    static String shown(BigDecimal value) {
        return value == null ? "—" : value.toPlainString().replace('.', ',');
    }

    /** The key of its inputs and of its row: the indicator's code or the own figure's ({@code OWN_1}). */
    public String code() {
        return own != null ? own.code() : indicator.name();
    }

    public boolean hasBase() {
        return own != null ? own.hasBase() : indicator.unit() != Indicator.Unit.COUNT;
    }

    /** As the indicators page and the annual report write it: «чел.» for people, «ед.» for things, «балл» for a score. */
    public String unitKey() {
        return own != null ? own.unit().messageKey() : indicator.unitKey();
    }
}
