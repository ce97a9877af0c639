package ru.nastavnik.people;

import java.time.Instant;

import ru.nastavnik.shared.OrganisationId;

/** A staff record as shown on the card and returned by the API. */
public record StaffView(PersonId id, OrganisationId organisationId, StaffData data, boolean archived,
        Instant createdAt, Instant updatedAt) {
}
