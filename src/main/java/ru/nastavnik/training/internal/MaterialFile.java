package ru.nastavnik.training.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.UUID;
import ru.nastavnik.training.MaterialFileView;

/** One upload of a file material; the stored file itself lives in {@code documents}, within the publisher's organisation. */
@Embeddable
class MaterialFile {

    private int number;

    @Column(name = "file_id")
    private UUID fileId;

    @Column(name = "original_name")
    private String originalName;

    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    @Column(name = "uploaded_by")
    private String uploadedBy;

    protected MaterialFile() {}

    MaterialFile(int number, UUID fileId, String originalName, Instant uploadedAt, String uploadedBy) {
        this.number = number;
        this.fileId = fileId;
        this.originalName = originalName;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    int number() {
        return number;
    }

    UUID fileId() {
        return fileId;
    }

    MaterialFileView view() {
        return new MaterialFileView(number, originalName, uploadedAt, uploadedBy);
    }
}
