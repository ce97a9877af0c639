package ru.nastavnik.monitoring.campaign.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import ru.nastavnik.monitoring.campaign.CampaignReports;
import ru.nastavnik.monitoring.campaign.CampaignView;
import ru.nastavnik.monitoring.campaign.Campaigns;
import ru.nastavnik.monitoring.campaign.SchoolCampaign;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.RoleGrant;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Dates;
import ru.nastavnik.shared.web.HomeTile;
import ru.nastavnik.shared.web.HomeTiles;

/** A school's reports still due (a reminder marked), a methodologist's open campaigns: one click from sign-in. */
@Component
class CampaignTiles implements HomeTiles {

    private final CampaignReports reports;
    private final Campaigns campaigns;

    CampaignTiles(CampaignReports reports, Campaigns campaigns) {
        this.reports = reports;
        this.campaigns = campaigns;
    }

    @Override
    public List<HomeTile> tilesFor(NastavnikPrincipal me) {
        List<HomeTile> tiles = new ArrayList<>();
        OrganisationId school = me.grants().stream()
                .filter(g -> g.role() == Role.DIRECTOR || g.role() == Role.CURATOR)
                .map(RoleGrant::organisation)
                .filter(o -> o != null)
                .findFirst()
                .orElse(null);
        if (school != null) {
            List<SchoolCampaign> due = reports.forSchool(me, school).stream()
                    .filter(SchoolCampaign::due)
                    .toList();
            if (!due.isEmpty()) {
                tiles.add(new HomeTile(
                        "tile-campaigns",
                        12,
                        "campaigns.tile.title",
                        "/monitoring/campaigns",
                        "campaigns.tile.text",
                        List.of(due.size()),
                        due.stream()
                                .map(sc -> new HomeTile.Line(
                                        sc.campaign().title(),
                                        "/monitoring/campaigns/" + sc.campaign().id() + "/reports/" + school,
                                        sc.remindedAt() != null ? "campaigns.tile.reminded" : "campaigns.tile.due",
                                        List.<Object>of(
                                                Dates.DATE.format(sc.campaign().deadline()))))
                                .toList()));
            }
        }
        if (me.isMethodologist()) {
            long open = campaigns.list(me).stream().filter(CampaignView::open).count();
            tiles.add(HomeTile.of(
                    "tile-area-campaigns",
                    12,
                    "campaigns.tile.title",
                    "/monitoring/campaigns",
                    open == 0 ? "campaigns.tile.none" : "campaigns.tile.methodologist",
                    open));
        }
        return tiles;
    }
}
