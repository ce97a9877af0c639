package ru.nastavnik.monitoring.web;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import ru.nastavnik.monitoring.internal.Dashboard;
import ru.nastavnik.monitoring.internal.Figure;
import ru.nastavnik.monitoring.internal.Indicator;
import ru.nastavnik.monitoring.internal.IndicatorLine;
import ru.nastavnik.monitoring.internal.IndicatorPeriod;
import ru.nastavnik.shared.OrganisationId;

/**
 * Where a dashboard's figure leads and how its change reads. Inside the school a figure opens the list of people,
 * pairs, events or practices behind it; outside it opens the indicator table (figures only), because a methodologist
 * may not see the school's lists. Public only so that the page's template may call it.
 */
@Component
public class DashboardLinks {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** The school's own lists behind the headline indicators (the lists filter by their own defaults). */
    private static final Map<Indicator, String> LISTS = Map.of(
            Indicator.YOUNG_WITH_MENTOR,
            "/mentorship/pairs",
            Indicator.STAFF_INVOLVED,
            "/mentorship/pairs",
            Indicator.MENTORS,
            "/mentorship/pairs",
            Indicator.PAIRS,
            "/mentorship/pairs",
            Indicator.GROUPS,
            "/mentorship/pairs",
            Indicator.MENTEES_WAITING,
            "/mentorship/waiting",
            Indicator.PROGRAMMES_APPROVED,
            "/mentorship/programmes",
            Indicator.EVENTS_HELD,
            "/events",
            Indicator.MENTORS_TRAINED,
            "/bank/mentors?training=TRAINED",
            Indicator.PRACTICES,
            "/practices");

    public String list(Dashboard dashboard, IndicatorLine line) {
        String list = LISTS.get(line.indicator());
        if (dashboard.inside() && list != null) {
            return list;
        }
        return UriComponentsBuilder.fromPath("/monitoring/indicators")
                .queryParam("organisation", dashboard.organisation().value())
                .queryParam("from", dashboard.period().from())
                .queryParam("to", dashboard.period().to())
                .fragment("indicator-" + line.key())
                .build()
                .toUriString();
    }

    public String dashboard(OrganisationId organisation, IndicatorPeriod period) {
        return UriComponentsBuilder.fromPath("/monitoring/dashboard")
                .queryParam("organisation", organisation.value())
                .queryParam("from", period.from())
                .queryParam("to", period.to())
                .build()
                .toUriString();
    }

    /** «+1,5», «−2», «0»; «—» when either figure is unknown or withheld. */
    public String change(IndicatorLine line, Figure now, Figure before) {
        BigDecimal a = now.value(line.indicator().unit());
        BigDecimal b = before.value(line.indicator().unit());
        if (a == null || b == null) {
            return "—";
        }
        BigDecimal d = a.subtract(b);
        String text = d.abs().stripTrailingZeros().toPlainString().replace('.', ',');
        return d.signum() > 0 ? "+" + text : d.signum() < 0 ? "−" + text : "0";
    }

    public String period(IndicatorPeriod period) {
        return period.from().format(DAY) + "–" + period.to().format(DAY);
    }
}
