package ru.nastavnik.monitoring.campaign;

import java.util.List;
import ru.nastavnik.shared.OrganisationId;

/**
 * What a municipality's covering letter (сопроводительное письмо) to the region states when it forwards its schools'
 * reports of the region's campaign: from whom, to whom, and which of its schools reported.
 *
 * @param sender     the municipality (the follower's own area) the letter goes out from
 * @param senderName its name, as the letter's header gives it
 * @param rows       its schools, as its board shows them
 */
public record CoveringLetter(
        CampaignView campaign, OrganisationId sender, String senderName, List<CampaignBoard.Row> rows) {

    public long submitted() {
        return rows.stream().filter(CampaignBoard.Row::submitted).count();
    }

    public List<String> outstanding() {
        return rows.stream()
                .filter(r -> !r.submitted())
                .map(CampaignBoard.Row::name)
                .toList();
    }
}
