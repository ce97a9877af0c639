package ru.nastavnik.consent;

import java.time.LocalDate;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;

/**
 * Processing for this purpose must stop: the banks and matching drop the person, publication stops. Published
 * for expiry too, which has the same effect.
 */
public record ConsentWithdrawn(
        OrganisationId organisation,
        ConsentId consent,
        PersonId person,
        ConsentPurpose purpose,
        LocalDate withdrawnOn) {}
