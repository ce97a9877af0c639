package ru.nastavnik.programme;

import java.util.UUID;
import ru.nastavnik.mentorship.MentorshipId;
import ru.nastavnik.shared.OrganisationId;

/** A programme was completed with both evaluations; its results may be proposed as a best practice. */
public record ProgrammeCompleted(OrganisationId organisation, UUID programme, MentorshipId mentorship) {}
