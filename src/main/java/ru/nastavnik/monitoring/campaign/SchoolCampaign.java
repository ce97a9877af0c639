package ru.nastavnik.monitoring.campaign;

import java.time.Instant;

/** A campaign addressed to a school, with where the school's report stands and when it was last reminded. */
public record SchoolCampaign(CampaignView campaign, SubmissionStatus status, Instant remindedAt) {

    public boolean due() {
        return campaign.open() && status != SubmissionStatus.SUBMITTED;
    }
}
