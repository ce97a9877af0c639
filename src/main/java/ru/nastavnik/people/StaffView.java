package ru.nastavnik.people;

import java.time.Instant;
import java.time.LocalDate;
import ru.nastavnik.shared.OrganisationId;

/** A staff record as shown on the card and returned by the API; restricted after a consent withdrawal. */
public record StaffView(
        PersonId id,
        OrganisationId organisationId,
        StaffData data,
        boolean archived,
        Instant createdAt,
        Instant updatedAt,
        boolean processingRestricted,
        LocalDate anonymiseOn,
        boolean anonymised,
        long version) {}
