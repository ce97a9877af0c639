package ru.nastavnik.bank;

import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;

/** A teacher entered the mentee bank (by the curator, a batch, or from the needs questionnaire): stage 2 of the roadmap. */
public record MenteeEntered(OrganisationId organisation, PersonId person) {}
