package ru.nastavnik.monitoring.campaign;

import java.time.LocalDate;
import java.util.List;

import ru.nastavnik.monitoring.Indicator;

/** What a methodologist fills to open a campaign: the order it rests on, the period, the indicators, the deadline. */
public record CampaignDetails(String title, LocalDate from, LocalDate to, LocalDate deadline, String orderNumber,
        LocalDate orderDate, List<Indicator> indicators) {

    public CampaignDetails {
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }
}
