package ru.nastavnik.people;

import java.time.LocalDate;
import ru.nastavnik.shared.OrganisationId;

/** A staff record got a leaving date: the person last worked on {@code on} (the day the labour contract ended). */
public record PersonLeft(OrganisationId organisation, PersonId person, LocalDate on, LeavingReason reason) {}
