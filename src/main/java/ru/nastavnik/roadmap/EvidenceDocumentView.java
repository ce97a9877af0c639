package ru.nastavnik.roadmap;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A document attached to an activity as its evidence: uploaded (its file name) or a registered order (its id). */
public record EvidenceDocumentView(EvidenceDocumentId id, ActivityId activity, String title, LocalDate date, Source source,
        String fileName, UUID order, String addedBy, Instant addedAt) {

    public enum Source {
        UPLOADED,
        ORDER
    }
}
