package ru.nastavnik.programme;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import ru.nastavnik.mentorship.MentorshipId;
import ru.nastavnik.programme.internal.ActivityView;
import ru.nastavnik.shared.OrganisationId;

/**
 * A programme with its plan; {@code completionNote}: why it was completed before its end or with activities undone;
 * {@link #percentDone()} and {@link #overdue()} are what the curator watches,
 * {@link #dueSoon()} what the pair looks at in its cabinet; {@code version}: the programme's version as read (an edit of
 * the draft sends it back).
 */
public record ProgrammeView(
        UUID id,
        OrganisationId organisationId,
        MentorshipId mentorshipId,
        String title,
        String goal,
        String tasks,
        LocalDate startsOn,
        LocalDate endsOn,
        ProgrammeStatus status,
        LocalDate approvedOn,
        List<ActivityView> activities,
        String menteeEvaluation,
        String mentorEvaluation,
        String endReason,
        LocalDate completedOn,
        String completionNote,
        long version) {

    /** Completed before its planned end or with activities undone, on the curator's confirmation and reason. */
    public boolean completedEarly() {
        return status == ProgrammeStatus.COMPLETED && completionNote != null;
    }

    /**
     * The tasks one a line, as the programme's page and its document list them (drafted «— request» from the mentee's
     * requests, then edited by the drafters), without their dashes: fixed once the programme is approved, they are
     * what the programme set out to do — the mentee's requests in the bank may change after it was drafted.
     */
    public List<String> taskList() {
        return tasks == null
                ? List.of()
                : tasks.lines()
                        .map(line ->
                                line.strip().replaceFirst("^[—–•*-]+\\s*", "").strip())
                        .filter(line -> !line.isEmpty())
                        .distinct()
                        .toList();
    }

    public int percentDone() {
        return activities.isEmpty()
                ? 0
                : (int) Math.round(
                        100.0 * activities.stream().filter(ActivityView::done).count() / activities.size());
    }

    public long overdue() {
        return activities.stream().filter(ActivityView::overdue).count();
    }

    /** The activities not done that fall within the next week (only while the programme is worked through). */
    @JsonProperty("dueSoon")
    public List<ActivityView> dueSoon() {
        return activities.stream().filter(ActivityView::dueSoon).toList();
    }
}
