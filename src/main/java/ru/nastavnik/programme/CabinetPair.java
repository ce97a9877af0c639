package ru.nastavnik.programme;

import java.util.List;
import ru.nastavnik.mentorship.MemberRole;
import ru.nastavnik.mentorship.MentorshipId;
import ru.nastavnik.mentorship.MentorshipStatus;

/**
 * A pair as one of its members sees it in her cabinet: her role in it, the names of its current mentors and
 * mentees, and its programme ({@code null} while none is written).
 */
public record CabinetPair(
        MentorshipId id,
        MemberRole role,
        MentorshipStatus status,
        List<String> mentors,
        List<String> mentees,
        ProgrammeView programme) {}
