package ru.nastavnik.publishing.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.publishing.PublicationSource;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.OrganisationOwned;
import ru.nastavnik.shared.StaleVersionException;

/** A news item of the school's public section; its text is always stored sanitised. */
@Entity
@Table(name = "publication")
class Publication extends OrganisationOwned {

    @Id
    private UUID id;

    private String title;
    private String body;

    @Enumerated(EnumType.STRING)
    private PublicationStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_kind")
    private PublicationSource sourceKind;

    @Column(name = "source_id")
    private UUID sourceId;

    @Column(name = "scheduled_at")
    private Instant scheduledAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "updated_at")
    private Instant updatedAt;
    // a public page lists dozens of items (an area's hundreds): their people in a few queries, not one per item
    @ElementCollection
    @org.hibernate.annotations.BatchSize(size = 100)
    @CollectionTable(name = "publication_person", joinColumns = @JoinColumn(name = "publication_id"))
    private List<NamedPerson> people = new ArrayList<>();

    @Version
    private long version;

    protected Publication() {}

    Publication(OrganisationId organisation, PublicationSource source, UUID sourceId, Instant now) {
        super(organisation);
        this.id = UUID.randomUUID();
        this.status = PublicationStatus.DRAFT;
        this.sourceKind = source;
        this.sourceId = sourceId;
        this.updatedAt = now;
    }

    /** A published item may be corrected in place; the change is kept in its history like any other. */
    void edit(String title, String sanitisedBody, List<NamedPerson> named, Long readVersion, Instant now) {
        StaleVersionException.check(readVersion, version);
        if (title == null || title.isBlank()) {
            throw InvalidInputException.of("title", "publishing.title.required");
        }
        if (title.strip().length() > 300) {
            throw InvalidInputException.of("title", "publishing.title.tooLong");
        }
        if (sanitisedBody == null || sanitisedBody.isBlank()) {
            throw InvalidInputException.of("body", "publishing.body.required");
        }
        this.title = title.strip();
        this.body = sanitisedBody;
        this.people.clear();
        this.people.addAll(named);
        this.updatedAt = now;
    }

    /** Returns true when this is the first time the item goes public. */
    boolean publish(Instant now) {
        if (status == PublicationStatus.PUBLISHED) {
            throw InvalidInputException.of("status", "publishing.alreadyPublished");
        }
        boolean first = publishedAt == null;
        status = PublicationStatus.PUBLISHED;
        publishedAt = first ? now : publishedAt;
        scheduledAt = null;
        updatedAt = now;
        return first;
    }

    void schedule(Instant at, Instant now) {
        if (status == PublicationStatus.PUBLISHED) {
            throw InvalidInputException.of("scheduledAt", "publishing.alreadyPublished");
        }
        if (at == null || !at.isAfter(now)) {
            throw InvalidInputException.of("scheduledAt", "publishing.scheduledAt.future");
        }
        // news is scheduled for days or weeks; a year ahead is a typo in the year («2126»)
        if (at.isAfter(now.plus(java.time.Duration.ofDays(366)))) {
            throw InvalidInputException.of("scheduledAt", "publishing.scheduledAt.tooFar");
        }
        status = PublicationStatus.SCHEDULED;
        scheduledAt = at;
        updatedAt = now;
    }

    void unpublish(Instant now) {
        if (status != PublicationStatus.PUBLISHED && status != PublicationStatus.SCHEDULED) {
            throw InvalidInputException.of("status", "publishing.notPublished");
        }
        status = PublicationStatus.UNPUBLISHED;
        scheduledAt = null;
        updatedAt = now;
    }

    /** 152-ФЗ art. 10.1(12): distribution stops on withdrawal — the name is replaced wherever the item shows it. */
    boolean hide(PersonId person, Instant now) {
        boolean changed = false;
        for (NamedPerson named : people) {
            if (named.personId().equals(person.value()) && !named.hidden()) {
                title = title.replace(named.shownName(), NamedPerson.HIDDEN_NAME);
                body = body.replace(named.shownName(), NamedPerson.HIDDEN_NAME);
                named.hide();
                changed = true;
            }
        }
        if (changed) {
            updatedAt = now;
        }
        return changed;
    }

    /** Something shown with the item changed (a photo hidden): its readers' cached copies must be refreshed. */
    void touch(Instant now) {
        updatedAt = now;
    }

    List<PersonId> shownPeople() {
        return people.stream()
                .filter(p -> !p.hidden())
                .map(p -> new PersonId(p.personId()))
                .toList();
    }

    boolean names(Collection<PersonId> persons) {
        return persons.stream().anyMatch(p -> shownPeople().contains(p));
    }

    UUID id() {
        return id;
    }

    String title() {
        return title;
    }

    String body() {
        return body;
    }

    PublicationStatus status() {
        return status;
    }

    long version() {
        return version;
    }

    PublicationSource sourceKind() {
        return sourceKind;
    }

    Instant publishedAt() {
        return publishedAt;
    }

    PublicationView view() {
        return new PublicationView(
                new PublicationId(id),
                organisation(),
                title,
                body,
                status,
                sourceKind,
                sourceId,
                scheduledAt,
                publishedAt,
                updatedAt,
                people.stream()
                        .map(p -> new PublicationView.Named(
                                new PersonId(p.personId()),
                                p.hidden() ? NamedPerson.HIDDEN_NAME : p.shownName(),
                                p.hidden()))
                        .toList(),
                version);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Publication other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
