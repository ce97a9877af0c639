package ru.nastavnik.mentorship;

import java.util.List;

/**
 * A pair as one of its members sees it in her cabinet: her role in it, the names of its current mentors and
 * mentees, and its programme ({@code null} while none is written).
 */
public record CabinetPair(MentorshipId id, MemberRole role, MentorshipStatus status, List<String> mentors,
        List<String> mentees, ProgrammeView programme) {
}
