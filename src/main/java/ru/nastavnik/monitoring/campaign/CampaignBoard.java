package ru.nastavnik.monitoring.campaign;

import java.time.Instant;
import java.util.List;
import ru.nastavnik.shared.OrganisationId;

/** The methodologist's view of a campaign: every school below with where its report stands. */
public record CampaignBoard(CampaignView campaign, List<Row> rows) {

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
