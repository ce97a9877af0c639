package ru.nastavnik.monitoring.internal;

import java.util.List;
import java.util.UUID;
import ru.nastavnik.programme.ProgrammeStatus;
import ru.nastavnik.shared.OrganisationId;

/**
 * A programme's impact page: the self-assessments the viewer may see, the items a mentee who has not started yet is
 * asked to score ({@code pendingItems}), and the professional results. {@code mayRecord}: the curator's and the mentor's.
 */
public record ProgrammeImpactView(
        UUID programmeId,
        OrganisationId organisationId,
        String title,
        ProgrammeStatus status,
        boolean curator,
        boolean mentor,
        boolean mentee,
        List<SelfAssessmentView> assessments,
        List<String> pendingItems,
        List<ProgrammeResultView> results,
        int scale) {

    public boolean mayRecord() {
        return (curator || mentor) && status != ProgrammeStatus.DRAFT;
    }

    public boolean mayStart() {
        return mentee
                && !pendingItems.isEmpty()
                && (status == ProgrammeStatus.APPROVED || status == ProgrammeStatus.IN_PROGRESS);
    }

    public boolean mayEnd() {
        return mentee
                && assessments.stream().anyMatch(a -> !a.ended())
                && (status == ProgrammeStatus.IN_PROGRESS || status == ProgrammeStatus.COMPLETED);
    }

    public long deficits() {
        return assessments.stream().mapToLong(SelfAssessmentView::deficits).sum();
    }

    public long deficitsClosed() {
        return assessments.stream()
                .mapToLong(SelfAssessmentView::deficitsClosed)
                .sum();
    }
}
