package ru.nastavnik.monitoring.campaign;

import java.time.LocalDate;
import java.util.List;
import ru.nastavnik.monitoring.internal.Indicator;

/** What a methodologist fills to open a campaign: the order it rests on, the period, the indicators and
 * her own figures (numbered in {@link Campaign}; their numbers here are ignored), the deadline. */
public record CampaignDetails(
        String title,
        LocalDate from,
        LocalDate to,
        LocalDate deadline,
        String orderNumber,
        LocalDate orderDate,
        List<Indicator> indicators,
        List<OwnFigure> own) {

    public CampaignDetails {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        own = own == null ? List.of() : List.copyOf(own);
    }

    /** Only the catalogue's indicators, no figures of her own. */
    public CampaignDetails(
            String title,
            LocalDate from,
            LocalDate to,
            LocalDate deadline,
            String orderNumber,
            LocalDate orderDate,
            List<Indicator> indicators) {
        this(title, from, to, deadline, orderNumber, orderDate, indicators, List.of());
    }
}
