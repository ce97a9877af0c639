package ru.nastavnik.roadmap.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A document attached to an activity as its evidence: uploaded (its file name), a registered order, a held event's
 * protocol or a published item (their ids).
 */
public record EvidenceDocumentView(
        EvidenceDocumentId id,
        ActivityId activity,
        String title,
        LocalDate date,
        Source source,
        String fileName,
        UUID order,
        UUID event,
        UUID publication,
        String addedBy,
        Instant addedAt) {

    public enum Source {
        UPLOADED,
        ORDER,
        PROTOCOL,
        PUBLICATION
    }
}
