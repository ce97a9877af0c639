package ru.nastavnik.roadmap.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.OrganisationOwned;

/**
 * A document shown as an activity's evidence: one the curator uploaded (kept by the file store), or a registered order,
 * a held event's protocol or a published item the system holds. It guards its own title and date: a document of the
 * future is no evidence of work done.
 */
@Entity
@Table(name = "roadmap_evidence_document")
class EvidenceDocument extends OrganisationOwned {

    static final int MAX_TITLE = 300;

    @Id
    private UUID id;

    @Column(name = "activity_id")
    private UUID activityId;

    private String title;

    @Column(name = "document_date")
    private LocalDate documentDate;

    @Column(name = "stored_file_id")
    private UUID storedFileId;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "order_id")
    private UUID orderId;

    @Column(name = "event_id")
    private UUID eventId;

    @Column(name = "publication_id")
    private UUID publicationId;

    @Column(name = "added_by")
    private String addedBy;

    @Column(name = "added_at")
    private Instant addedAt;

    protected EvidenceDocument() {}

    private EvidenceDocument(
            UUID activity,
            OrganisationId organisation,
            String title,
            LocalDate date,
            LocalDate today,
            String by,
            Instant now) {
        super(organisation);
        String clean = title == null ? "" : title.strip();
        if (clean.isEmpty() || clean.length() > MAX_TITLE) {
            throw InvalidInputException.of("title", "roadmapEvidence.title.invalid", MAX_TITLE);
        }
        if (date == null) {
            throw InvalidInputException.of("date", "roadmapEvidence.date.required");
        }
        if (date.isAfter(today)) {
            throw InvalidInputException.of("date", "roadmapEvidence.date.future");
        }
        this.id = UUID.randomUUID();
        this.activityId = activity;
        this.title = clean;
        this.documentDate = date;
        this.addedBy = by;
        this.addedAt = now;
    }

    /** Checks the title and date before the file is stored: a refused document leaves no file behind. */
    static void check(String title, LocalDate date, LocalDate today) {
        new EvidenceDocument(
                UUID.randomUUID(), new OrganisationId(UUID.randomUUID()), title, date, today, "", Instant.EPOCH);
    }

    static EvidenceDocument uploaded(
            UUID activity,
            OrganisationId organisation,
            String title,
            LocalDate date,
            UUID file,
            String fileName,
            LocalDate today,
            String by,
            Instant now) {
        EvidenceDocument document = new EvidenceDocument(activity, organisation, title, date, today, by, now);
        document.storedFileId = file;
        document.fileName = fileName;
        return document;
    }

    static EvidenceDocument order(
            UUID activity,
            OrganisationId organisation,
            String title,
            LocalDate date,
            UUID order,
            LocalDate today,
            String by,
            Instant now) {
        EvidenceDocument document = new EvidenceDocument(activity, organisation, title, date, today, by, now);
        document.orderId = order;
        return document;
    }

    /** A held event's protocol (the events module makes its PDF). */
    static EvidenceDocument protocol(
            UUID activity,
            OrganisationId organisation,
            String title,
            LocalDate date,
            UUID event,
            LocalDate today,
            String by,
            Instant now) {
        EvidenceDocument document = new EvidenceDocument(activity, organisation, title, date, today, by, now);
        document.eventId = event;
        return document;
    }

    /** A published item of the school's site (the publishing module keeps its page). */
    static EvidenceDocument publication(
            UUID activity,
            OrganisationId organisation,
            String title,
            LocalDate date,
            UUID publication,
            LocalDate today,
            String by,
            Instant now) {
        EvidenceDocument document = new EvidenceDocument(activity, organisation, title, date, today, by, now);
        document.publicationId = publication;
        return document;
    }

    UUID id() {
        return id;
    }

    UUID activity() {
        return activityId;
    }

    String title() {
        return title;
    }

    LocalDate date() {
        return documentDate;
    }

    UUID storedFile() {
        return storedFileId;
    }

    String fileName() {
        return fileName;
    }

    UUID order() {
        return orderId;
    }

    UUID event() {
        return eventId;
    }

    UUID publication() {
        return publicationId;
    }

    /** The file's extension in the package: orders and protocols as PDF, a publication as its page. */
    String extension() {
        if (orderId != null || eventId != null) {
            return "pdf";
        }
        if (publicationId != null) {
            return "html";
        }
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? "pdf" : fileName.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }

    EvidenceDocumentView view() {
        return new EvidenceDocumentView(
                new EvidenceDocumentId(id),
                new ActivityId(activityId),
                title,
                documentDate,
                source(),
                fileName,
                orderId,
                eventId,
                publicationId,
                addedBy,
                addedAt);
    }

    private EvidenceDocumentView.Source source() {
        return orderId != null
                ? EvidenceDocumentView.Source.ORDER
                : eventId != null
                        ? EvidenceDocumentView.Source.PROTOCOL
                        : publicationId != null
                                ? EvidenceDocumentView.Source.PUBLICATION
                                : EvidenceDocumentView.Source.UPLOADED;
    }
}
