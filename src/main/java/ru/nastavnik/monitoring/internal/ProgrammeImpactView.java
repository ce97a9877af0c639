package ru.nastavnik.monitoring.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import ru.nastavnik.programme.ProgrammeStatus;
import ru.nastavnik.shared.OrganisationId;

/**
 * A programme's impact page: the self-assessments the viewer may see, the items a mentee who has not started yet is
 * asked to score ({@code pendingItems}), and the professional results. {@code mayRecord}: the curator's and the mentor's.
 * {@code endsOn}: the programme's planned end; {@code endOpensOn}: the day the final self-assessment opens while the programme is worked through
 * ({@link SelfAssessment#endOpensOn}); {@code endOpen}: it is open today (or the programme is completed).
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
        int scale,
        LocalDate endsOn,
        LocalDate endOpensOn,
        boolean endOpen) {

    public boolean mayRecord() {
        return (curator || mentor) && status != ProgrammeStatus.DRAFT;
    }

    public boolean mayStart() {
        return mentee
                && !pendingItems.isEmpty()
                && (status == ProgrammeStatus.APPROVED || status == ProgrammeStatus.IN_PROGRESS);
    }

    public boolean mayEnd() {
        return mentee && endOpen && assessments.stream().anyMatch(a -> !a.ended());
    }

    /** Her final self-assessment given, she may correct it until the programme is completed. */
    public boolean mayCorrect() {
        return mentee
                && endOpen
                && status == ProgrammeStatus.IN_PROGRESS
                && assessments.stream().anyMatch(SelfAssessmentView::ended);
    }

    /** A self-assessment waits for its end, which opens later: the page says when. */
    public boolean endLater() {
        return !endOpen
                && status == ProgrammeStatus.IN_PROGRESS
                && assessments.stream().anyMatch(a -> !a.ended());
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
