package ru.nastavnik.bank;

import java.time.LocalDate;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;

/**
 * A mentor in the bank became trained on {@code trainedOn}: she completed the mentor course, or the curator marked her
 * trained elsewhere (a regional institute's course). The roadmap's «Обучение наставников» counts her either way.
 */
public record MentorTrained(OrganisationId organisation, PersonId person, LocalDate trainedOn) {}
