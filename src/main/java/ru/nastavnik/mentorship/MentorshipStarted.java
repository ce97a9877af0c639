package ru.nastavnik.mentorship;

import ru.nastavnik.shared.OrganisationId;

/** A pair or group began its work: its order is registered and the consents are on file. */
public record MentorshipStarted(OrganisationId organisation, MentorshipId mentorship) {}
