package ru.nastavnik.mentorship;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import ru.nastavnik.shared.OrganisationId;

/** A programme with its plan; {@link #percentDone()} and {@link #overdue()} are what the curator watches. */
public record ProgrammeView(UUID id, OrganisationId organisationId, MentorshipId mentorshipId, String title, String goal,
        String tasks, LocalDate startsOn, LocalDate endsOn, ProgrammeStatus status, LocalDate approvedOn,
        List<ActivityView> activities, String menteeEvaluation, String mentorEvaluation, String endReason) {

    public int percentDone() {
        return activities.isEmpty() ? 0 : (int) Math.round(100.0 * activities.stream().filter(ActivityView::done).count()
                / activities.size());
    }

    public long overdue() {
        return activities.stream().filter(ActivityView::overdue).count();
    }
}
