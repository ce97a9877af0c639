package ru.nastavnik.consent;

import java.time.LocalDate;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;

/** A person's consent of this purpose is on file from {@code givenOn}. */
public record ConsentGiven(
        OrganisationId organisation, ConsentId consent, PersonId person, ConsentPurpose purpose, LocalDate givenOn) {}
