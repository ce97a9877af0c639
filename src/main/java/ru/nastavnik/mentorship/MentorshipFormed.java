package ru.nastavnik.mentorship;

import java.util.List;
import java.util.UUID;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;

/** A pair or group was formed (planned); {@code proposal} names the matching proposal it came from, if any. */
public record MentorshipFormed(
        OrganisationId organisation,
        MentorshipId mentorship,
        List<PersonId> mentors,
        List<PersonId> mentees,
        UUID proposal) {}
