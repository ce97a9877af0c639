package ru.nastavnik.monitoring.campaign;

import java.time.Instant;
import java.util.List;
import ru.nastavnik.shared.OrganisationId;

/**
 * The methodologist's view of a campaign: every school below with where its report stands. {@code follower}: a
 * campaign of an area above hers (the region's, for a municipal methodologist) — only her own schools' rows, to
 * follow, with nothing to remind, return or close.
 */
public record CampaignBoard(CampaignView campaign, List<Row> rows, boolean follower) {

    public record Row(
            OrganisationId school,
            String name,
            SubmissionStatus status,
            Instant submittedAt,
            Instant remindedAt,
            int reminders) {

        public boolean submitted() {
            return status == SubmissionStatus.SUBMITTED;
        }
    }

    public long submitted() {
        return rows.stream().filter(Row::submitted).count();
    }

    public long outstanding() {
        return rows.size() - submitted();
    }
}
