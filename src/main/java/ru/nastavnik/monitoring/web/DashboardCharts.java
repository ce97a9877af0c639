package ru.nastavnik.monitoring.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import ru.nastavnik.monitoring.internal.Dashboard;
import ru.nastavnik.monitoring.internal.DashboardFigures;
import ru.nastavnik.monitoring.internal.Indicator;
import ru.nastavnik.monitoring.internal.IndicatorLine;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard's chart data as a JSON data block (the CSP forbids inline scripts, so the page carries data only and
 * {@code /js/monitoring-dashboard.js} draws it). A withheld or baseless figure is null: a gap, never a zero.
 */
@Component
class DashboardCharts {

    private final JsonMapper json;
    private final IndicatorTexts texts;
    private final DashboardLinks links;

    DashboardCharts(JsonMapper json, IndicatorTexts texts, DashboardLinks links) {
        this.json = json;
        this.texts = texts;
        this.links = links;
    }

    record Series(String name, List<BigDecimal> data) {}

    record Chart(String id, boolean percent, List<String> categories, List<Series> series) {}

    String json(Dashboard dashboard) {
        List<Chart> charts = new ArrayList<>();
        charts.add(trend(dashboard, "dashboard-chart-shares", true));
        charts.add(trend(dashboard, "dashboard-chart-counts", false));
        if (dashboard.area() && !dashboard.children().isEmpty()) {
            int young = DashboardFigures.HEADLINE.indexOf(Indicator.YOUNG_WITH_MENTOR);
            IndicatorLine line = dashboard.tiles().get(young).line();
            charts.add(new Chart(
                    "dashboard-chart-children",
                    true,
                    dashboard.children().stream().map(Dashboard.Unit::name).toList(),
                    List.of(new Series(
                            texts.name(line),
                            dashboard.children().stream()
                                    .map(u -> u.figures()
                                            .get(young)
                                            .value(line.indicator().unit()))
                                    .toList()))));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("charts", charts);
        // "<" escaped so that no text in the data can close the script element that carries it
        return json.writeValueAsString(data).replace("<", "\\u003c");
    }

    private Chart trend(Dashboard dashboard, String id, boolean percent) {
        List<Dashboard.Tile> tiles = dashboard.tiles().stream()
                .filter(t -> (t.line().indicator().unit() == Indicator.Unit.PERCENT) == percent)
                .toList();
        return new Chart(
                id,
                percent,
                tiles.stream().map(t -> texts.name(t.line())).toList(),
                List.of(
                        new Series(
                                links.period(dashboard.period()),
                                tiles.stream()
                                        .map(t -> t.now()
                                                .value(t.line().indicator().unit()))
                                        .toList()),
                        new Series(
                                links.period(dashboard.previous()),
                                tiles.stream()
                                        .map(t -> t.before()
                                                .value(t.line().indicator().unit()))
                                        .toList())));
    }
}
