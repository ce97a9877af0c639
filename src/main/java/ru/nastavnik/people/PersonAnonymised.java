package ru.nastavnik.people;

import ru.nastavnik.shared.OrganisationId;

/**
 * A staff record was anonymised when its retention period ended (152-ФЗ art. 21): other modules scrub what they
 * hold of the person — anything that would identify her — in the same transaction.
 */
public record PersonAnonymised(OrganisationId organisation, PersonId person) {}
