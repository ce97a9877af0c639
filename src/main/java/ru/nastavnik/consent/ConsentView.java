package ru.nastavnik.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;

public record ConsentView(
        ConsentId id,
        OrganisationId organisationId,
        PersonId personId,
        ConsentPurpose purpose,
        ConsentStatus status,
        String textVersion,
        Instant requestedAt,
        LocalDate givenOn,
        LocalDate validUntil,
        LocalDate withdrawnOn,
        String withdrawalReason,
        boolean hasScan,
        List<String> publishedItems,
        /* what a consent to distribution covers; null for other purposes */
        DistributionScope scope) {}
