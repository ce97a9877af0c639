package ru.nastavnik.mentorship;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import ru.nastavnik.shared.OrganisationId;

/** A line of the order register. */
public record OrderView(
        UUID id,
        OrganisationId organisationId,
        OrderKind kind,
        String title,
        OrderStatus status,
        String number,
        LocalDate orderDate,
        boolean scanned,
        List<UUID> mentorshipIds,
        Instant createdAt,
        Instant registeredAt) {}
