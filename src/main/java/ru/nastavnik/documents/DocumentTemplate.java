package ru.nastavnik.documents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import ru.nastavnik.shared.OrganisationId;

/** An organisation's own version of a built-in template. */
@Entity
@Table(name = "document_template")
@IdClass(DocumentTemplate.Key.class)
class DocumentTemplate {

    @Id
    @Column(name = "organisation_id")
    private UUID organisationId;

    @Id
    private String kind;

    @Column(name = "file_id")
    private UUID fileId;

    @Version
    private Long version;

    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    @Column(name = "uploaded_by")
    private UUID uploadedBy;

    protected DocumentTemplate() {}

    DocumentTemplate(OrganisationId organisation, String kind, StoredFileId file, UUID uploadedBy) {
        this.organisationId = organisation.value();
        this.kind = kind;
        replace(file, uploadedBy);
    }

    /**
     * The version an editor reads of a template: 0 while the organisation never uploaded one, then its row's
     * version + 1 (a reset keeps the row, so the count goes on and an old read never matches again).
     */
    static long versionOf(java.util.Optional<DocumentTemplate> template) {
        return template.map(t -> (t.version == null ? 0 : t.version) + 1).orElse(0L);
    }

    /** The organisation's own file is in use (a reset row has none: the built-in template applies). */
    boolean customised() {
        return fileId != null;
    }

    /** Back to the built-in template, the row kept for its version. */
    void reset() {
        this.fileId = null;
    }

    void replace(StoredFileId file, UUID by) {
        this.fileId = file.value();
        this.uploadedAt = Instant.now();
        this.uploadedBy = by;
    }

    StoredFileId file() {
        return new StoredFileId(fileId);
    }

    Instant uploadedAt() {
        return uploadedAt;
    }

    record Key(UUID organisationId, String kind) implements Serializable {}
}
