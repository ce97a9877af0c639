package ru.nastavnik.bank;

import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;

/** A teacher entered the mentor bank (by the curator or from the potential-mentor questionnaire). */
public record MentorEntered(OrganisationId organisation, PersonId person) {}
