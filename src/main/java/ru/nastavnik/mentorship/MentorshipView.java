package ru.nastavnik.mentorship;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;

/**
 * A pair or group as shown and as the API returns it; {@code members} include those who left, with dates;
 * {@code terminationDueOn}: an early end announced for that day (the pair goes on until then).
 */
public record MentorshipView(
        MentorshipId id,
        OrganisationId organisationId,
        String form,
        LocalDate startsOn,
        LocalDate endsOn,
        MentorshipStatus status,
        List<MemberView> members,
        UUID proposalId,
        UUID assignmentOrderId,
        LocalDate endedOn,
        String endReason,
        EndInitiator endInitiator,
        LocalDate noticeOn,
        LocalDate terminationDueOn) {

    public List<MemberView> currentMentors() {
        return members.stream()
                .filter(m -> m.current() && m.role() == MemberRole.MENTOR)
                .toList();
    }

    public List<MemberView> currentMentees() {
        return members.stream()
                .filter(m -> m.current() && m.role() == MemberRole.MENTEE)
                .toList();
    }

    /** Ended early, or its early end announced: the order on early termination may name it (with the notice). */
    public boolean endingEarly() {
        return status == MentorshipStatus.TERMINATED || terminationDueOn != null && !status.ended();
    }

    /**
     * The pair's mentors as it is, or as it was on its last day: an early end closes every membership, yet the list of
     * pairs must still say whose pair it was.
     */
    public List<MemberView> lastMentors() {
        return last(MemberRole.MENTOR);
    }

    public List<MemberView> lastMentees() {
        return last(MemberRole.MENTEE);
    }

    private List<MemberView> last(MemberRole role) {
        return members.stream()
                .filter(m -> m.role() == role && (m.current() || endedOn != null && endedOn.equals(m.to())))
                .toList();
    }

    public boolean group() {
        return currentMentors().size() + currentMentees().size() > 2;
    }

    /** The people now in the pair in that role, in the order they joined. */
    public List<PersonId> current(MemberRole role) {
        return members.stream()
                .filter(m -> m.current() && m.role() == role)
                .map(MemberView::personId)
                .toList();
    }

    /** The person's role in the pair now, {@code null} if she is not (or no longer) in it. */
    public MemberRole roleOf(PersonId person) {
        return members.stream()
                .filter(m -> m.current() && m.personId().equals(person))
                .map(MemberView::role)
                .findFirst()
                .orElse(null);
    }

    /** Everyone who is or was in the pair. */
    public Set<PersonId> people() {
        return members.stream().map(MemberView::personId).collect(Collectors.toSet());
    }
}
