package ru.nastavnik.documents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.OrganisationOwned;

@Entity
@Table(name = "stored_file")
class StoredFile extends OrganisationOwned {

    @Id
    private UUID id;

    private String purpose;

    @Column(name = "original_name")
    private String originalName;

    @Column(name = "content_type")
    private String contentType;

    @Column(name = "size_bytes")
    private long size;

    private String sha256;

    @Column(name = "storage_key")
    private String storageKey;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by")
    private UUID createdBy;

    protected StoredFile() {}

    StoredFile(
            UUID id,
            OrganisationId organisation,
            String purpose,
            String originalName,
            FileType type,
            long size,
            String sha256,
            String storageKey,
            UUID createdBy) {
        super(organisation);
        this.id = id;
        this.purpose = purpose;
        this.originalName = originalName;
        this.contentType = type.contentType();
        this.size = size;
        this.sha256 = sha256;
        this.storageKey = storageKey;
        this.createdAt = Instant.now();
        this.createdBy = createdBy;
    }

    String storageKey() {
        return storageKey;
    }

    StoredFileInfo info() {
        return new StoredFileInfo(
                new StoredFileId(id), organisation(), purpose, originalName, contentType, size, sha256, createdAt);
    }
}
