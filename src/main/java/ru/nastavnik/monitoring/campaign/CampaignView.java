package ru.nastavnik.monitoring.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import ru.nastavnik.monitoring.internal.Indicator;
import ru.nastavnik.monitoring.internal.IndicatorPeriod;
import ru.nastavnik.shared.OrganisationId;

/** A campaign as shown to its methodologist and to the schools below her. */
public record CampaignView(
        CampaignId id,
        OrganisationId area,
        String areaName,
        String title,
        LocalDate from,
        LocalDate to,
        LocalDate deadline,
        String orderNumber,
        LocalDate orderDate,
        List<Indicator> indicators,
        List<OwnFigure> own,
        CampaignStatus status,
        String openedBy,
        Instant openedAt,
        Instant closedAt) {

    public boolean open() {
        return status == CampaignStatus.OPEN;
    }

    public IndicatorPeriod period() {
        return new IndicatorPeriod(from, to);
    }
}
