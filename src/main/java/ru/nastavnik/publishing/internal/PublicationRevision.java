package ru.nastavnik.publishing.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import ru.nastavnik.shared.OrganisationOwned;

/** One change of a news item as it was after the change: every edit, publication and withdrawal is kept. */
@Entity
@Table(name = "publication_revision")
class PublicationRevision extends OrganisationOwned {

    @Id
    private UUID id;

    @Column(name = "publication_id")
    private UUID publicationId;

    private Instant at;

    @Column(name = "by_name")
    private String byName;

    private String action;
    private String title;
    private String body;

    protected PublicationRevision() {}

    PublicationRevision(Publication publication, Instant at, String byName, String action) {
        super(publication.organisation());
        this.id = UUID.randomUUID();
        this.publicationId = publication.id();
        this.at = at;
        this.byName = byName;
        this.action = action;
        this.title = publication.title();
        this.body = publication.body();
    }

    RevisionView view() {
        return new RevisionView(at, byName, action, title, body);
    }
}
