package ru.nastavnik.monitoring.campaign;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import ru.nastavnik.monitoring.internal.Indicator;
import ru.nastavnik.shared.OrganisationId;

/**
 * A school's report: {@code figures} as last submitted (empty before), {@code typed} what the school has typed so
 * far; {@code own} the campaign's own figures as last submitted by their number, {@code ownTyped} as typed so far; its
 * comment, the methodologist's comment when returned, and the reminders it was sent.
 */
public record SubmissionView(
        CampaignId campaign,
        OrganisationId school,
        String schoolName,
        SubmissionStatus status,
        List<SubmittedFigure> figures,
        Map<Indicator, ManualFigure> typed,
        Map<Integer, ManualFigure> own,
        Map<Integer, ManualFigure> ownTyped,
        String comment,
        String returnComment,
        Instant submittedAt,
        String submittedBy,
        Instant remindedAt,
        int reminders) {

    public boolean submitted() {
        return status == SubmissionStatus.SUBMITTED;
    }
}
