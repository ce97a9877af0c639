package ru.nastavnik.mentorship;

import ru.nastavnik.shared.OrganisationId;

/** A pair or group completed or ended early: its mentors' places are free again. */
public record MentorshipEnded(OrganisationId organisation, MentorshipId mentorship) {}
