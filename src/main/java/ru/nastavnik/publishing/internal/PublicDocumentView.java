package ru.nastavnik.publishing.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import ru.nastavnik.shared.OrganisationId;

/**
 * A document of the public section as the public reads it ({@code html}: generated from the document, escaped, with
 * the names it may not show replaced). {@code orderId} and {@code part} say what it is the text of.
 */
public record PublicDocumentView(
        UUID id,
        OrganisationId organisationId,
        UUID orderId,
        DocumentPart part,
        String title,
        String number,
        LocalDate date,
        DocumentMode mode,
        String html,
        Instant updatedAt,
        long version) {}
