package ru.nastavnik.programme.internal;

import java.util.List;
import ru.nastavnik.mentorship.MemberRole;
import ru.nastavnik.mentorship.MentorshipId;
import ru.nastavnik.mentorship.MentorshipStatus;
import ru.nastavnik.programme.ProgrammeView;

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
