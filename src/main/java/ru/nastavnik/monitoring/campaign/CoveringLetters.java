package ru.nastavnik.monitoring.campaign;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * A municipality forwards its schools' reports of the region's campaign over its own covering letter: only a
 * methodologist who follows the campaign from an area below the one running it writes one (the area running it
 * receives the reports itself); anyone else finds no letter (404).
 */
@Service
public class CoveringLetters {

    private final Campaigns campaigns;
    private final CampaignAccess access;

    CoveringLetters(Campaigns campaigns, CampaignAccess access) {
        this.campaigns = campaigns;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public CoveringLetter of(NastavnikPrincipal me, CampaignId id) {
        CampaignBoard board = campaigns.board(me, id);
        if (!board.follower()) {
            throw new NotFoundException();
        }
        OrganisationId above = board.campaign().area();
        OrganisationId sender = access.ownAreas(me).stream()
                .filter(a -> !a.equals(above) && access.isWithinArea(a, above))
                .findFirst()
                .orElseThrow(NotFoundException::new);
        return new CoveringLetter(board.campaign(), sender, access.nameOf(sender), board.rows());
    }
}
