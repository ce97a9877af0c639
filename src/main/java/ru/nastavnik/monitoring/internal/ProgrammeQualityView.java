package ru.nastavnik.monitoring.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import ru.nastavnik.programme.ProgrammeStatus;
import ru.nastavnik.shared.OrganisationId;

/**
 * A programme's process-quality page: the mid-point and the day check-ins open, the check-ins the viewer may see, and
 * for the curator her questionnaire, her SWOT worksheet and the answers pre-sorted for it (null for anybody else).
 */
public record ProgrammeQualityView(
        UUID programmeId,
        OrganisationId organisationId,
        String title,
        ProgrammeStatus status,
        boolean curator,
        boolean mentor,
        boolean mentee,
        LocalDate midPoint,
        LocalDate opensOn,
        boolean mayCheckIn,
        List<CheckInView> checkIns,
        CuratorAnswers answers,
        Swot swot,
        SwotSources sources) {

    public boolean mayReview() {
        return curator && status != ProgrammeStatus.DRAFT;
    }
}
