package ru.nastavnik.documents;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

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

    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    @Column(name = "uploaded_by")
    private UUID uploadedBy;

    protected DocumentTemplate() {
    }

    DocumentTemplate(OrganisationId organisation, String kind, StoredFileId file, UUID uploadedBy) {
        this.organisationId = organisation.value();
        this.kind = kind;
        replace(file, uploadedBy);
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

    record Key(UUID organisationId, String kind) implements Serializable {
    }
}
