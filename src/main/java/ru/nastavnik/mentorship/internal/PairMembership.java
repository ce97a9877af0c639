package ru.nastavnik.mentorship.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import ru.nastavnik.mentorship.MemberRole;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;

/**
 * The membership of a pair or group over time, as {@link Mentorship} keeps it: who joined in which role, who left
 * when and why. A member who leaves stays in the history.
 */
final class PairMembership {

    private PairMembership() {}

    /** The first members of a new pair, all from its start. */
    static List<Member> of(
            NewMentorship request, List<OrganisationId> mentorOrganisations, List<OrganisationId> menteeOrganisations) {
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < request.mentors().size(); i++) {
            members.add(new Member(
                    request.mentors().get(i), mentorOrganisations.get(i), MemberRole.MENTOR, request.startsOn()));
        }
        for (int i = 0; i < request.mentees().size(); i++) {
            members.add(new Member(
                    request.mentees().get(i), menteeOrganisations.get(i), MemberRole.MENTEE, request.startsOn()));
        }
        return members;
    }

    /** A new mentor in place of one who leaves; the leaving one's period stays in the history. */
    static void replaceMentor(
            List<Member> members,
            PersonId leaving,
            PersonId coming,
            OrganisationId comingOrganisation,
            LocalDate on,
            String reason) {
        Member current = members.stream()
                .filter(m -> m.current()
                        && m.role() == MemberRole.MENTOR
                        && m.person().equals(leaving))
                .findFirst()
                .orElseThrow(() -> InvalidInputException.of("mentor", "mentorship.member.unknown"));
        if (members.stream().anyMatch(m -> m.current() && m.person().equals(coming))) {
            throw InvalidInputException.of("mentor", "mentorship.member.already");
        }
        if (reason == null || reason.isBlank() || reason.length() > 300) {
            throw InvalidInputException.of("reason", "mentorship.end.reason");
        }
        current.leave(on, reason.strip());
        members.add(new Member(coming, comingOrganisation, MemberRole.MENTOR, on));
    }

    /** The pair ends: every current member leaves it on that day, with the end's reason (as much as a member keeps). */
    static void endAll(List<Member> members, LocalDate on, String reason) {
        String memberReason = reason.length() > 300 ? reason.substring(0, 300) : reason;
        members.stream().filter(Member::current).forEach(m -> m.leave(on, memberReason));
    }

    /** A member of a group leaves it, the others go on; false when no one else of her role would be left. */
    static boolean leaveGroup(List<Member> members, PersonId person, LocalDate on, String reason) {
        MemberRole role = members.stream()
                .filter(m -> m.current() && m.person().equals(person))
                .map(Member::role)
                .findFirst()
                .orElse(null);
        if (role == null
                || members.stream().filter(m -> m.current() && m.role() == role).count() < 2) {
            return false;
        }
        members.stream().filter(m -> m.current() && m.person().equals(person)).forEach(m -> m.leave(on, reason));
        return true;
    }

    static java.util.Set<PersonId> people(List<Member> members) {
        return members.stream().map(Member::person).collect(java.util.stream.Collectors.toSet());
    }

    static List<PersonId> current(List<Member> members, MemberRole role) {
        return members.stream()
                .filter(m -> m.current() && m.role() == role)
                .map(Member::person)
                .toList();
    }

    static MemberRole roleOf(List<Member> members, PersonId person) {
        return members.stream()
                .filter(m -> m.current() && m.person().equals(person))
                .map(Member::role)
                .findFirst()
                .orElse(null);
    }

    static java.util.Optional<OrganisationId> employerOf(List<Member> members, PersonId mentor) {
        return members.stream()
                .filter(m -> m.current()
                        && m.role() == MemberRole.MENTOR
                        && m.person().equals(mentor))
                .map(Member::organisation)
                .findFirst();
    }
}
