package ru.nastavnik.programme.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.PersonIdConverter;
import ru.nastavnik.shared.InvalidInputException;

/** Evidence of an activity done: a stored file or a link (to a lesson plan, a video, a published article). */
@Entity
@Table(name = "programme_evidence")
class Evidence {

    @Id
    private UUID id;

    @Column(name = "activity_id")
    private UUID activityId;

    @Column(name = "file_id")
    private UUID fileId;

    private String url;
    private String title;

    @Column(name = "added_by")
    @Convert(converter = PersonIdConverter.class)
    private PersonId addedBy;

    @Column(name = "added_at")
    private Instant addedAt;

    protected Evidence() {}

    Evidence(UUID activity, UUID file, String url, String title, PersonId by, Instant now) {
        if ((file == null) == (url == null)) {
            throw InvalidInputException.of("file", "programme.evidence.fileOrLink");
        }
        if (url != null && (url.length() > 1000 || !url.matches("(?i)https?://[^\\s<>\"]+"))) {
            throw InvalidInputException.of("url", "programme.evidence.url.invalid");
        }
        if (title == null || title.isBlank() || title.length() > 300) {
            throw InvalidInputException.of("title", "programme.evidence.title.invalid");
        }
        this.id = UUID.randomUUID();
        this.activityId = activity;
        this.fileId = file;
        this.url = url;
        this.title = title.strip();
        this.addedBy = by;
        this.addedAt = now;
    }

    UUID fileId() {
        return fileId;
    }

    EvidenceView view() {
        return new EvidenceView(id, activityId, title, url, fileId != null, addedAt);
    }
}
