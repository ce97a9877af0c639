package ru.nastavnik.monitoring.campaign;

import java.util.Map;
import ru.nastavnik.monitoring.internal.Figure;
import ru.nastavnik.monitoring.internal.Indicator;

/**
 * The report page: the campaign, the school's report, and — for the school itself — the figures the system computes
 * for the campaign's period now (empty for the methodologist, who reads only what was submitted).
 */
public record SchoolReport(
        CampaignView campaign,
        SubmissionView submission,
        Map<Indicator, Figure> system,
        boolean school,
        boolean follower) {

    /** The school may still type and submit. */
    public boolean editable() {
        return school && campaign.open() && submission.status().editable();
    }
}
