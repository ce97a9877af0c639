package ru.nastavnik.documents;

import java.time.Instant;
import ru.nastavnik.shared.OrganisationId;

/** What is known of a stored file; the bytes are read with {@link StoredFiles#open}. */
public record StoredFileInfo(
        StoredFileId id,
        OrganisationId organisation,
        String purpose,
        String originalName,
        String contentType,
        long size,
        String sha256,
        Instant createdAt) {}
