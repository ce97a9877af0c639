package ru.nastavnik.publishing.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.events.EventId;
import ru.nastavnik.organisation.OrganisationKind;
import ru.nastavnik.organisation.Organisations;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.people.StaffView;
import ru.nastavnik.publishing.PublicationSource;
import ru.nastavnik.roadmap.EvidenceKind;
import ru.nastavnik.roadmap.Milestone;
import ru.nastavnik.roadmap.MilestoneReached;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The curator's news: written or drafted from an event, edited (sanitised), scheduled, published, unpublished —
 * every change kept as a revision. Publishing names only people with a valid consent to distribution.
 */
@Service
@Transactional
public class PublicationManagement {

    static final String BY_SCHEDULE = "";

    private final PublicationRepository publications;
    private final PublicationRevisionRepository revisions;
    private final PublishingAccess access;
    private final EventDrafts drafts;
    private final StaffManagement staff;
    private final NewsConsents newsConsents;
    private final Organisations organisations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PublicationManagement(
            PublicationRepository publications,
            PublicationRevisionRepository revisions,
            PublishingAccess access,
            EventDrafts drafts,
            StaffManagement staff,
            NewsConsents newsConsents,
            Organisations organisations,
            ApplicationEventPublisher events,
            Clock clock) {
        this.publications = publications;
        this.revisions = revisions;
        this.access = access;
        this.drafts = drafts;
        this.staff = staff;
        this.newsConsents = newsConsents;
        this.organisations = organisations;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<PublicationView> list(NastavnikPrincipal caller, OrganisationId organisation) {
        access.check(caller, organisation);
        return publications.of(organisation.value()).stream()
                .map(Publication::view)
                .toList();
    }

    /**
     * Whom the organisation's news may name: a school's current staff. A municipality or region keeps no staff
     * registry, so its news (its methodologist's) names nobody.
     */
    @Transactional(readOnly = true)
    public List<StaffView> toName(NastavnikPrincipal caller, OrganisationId organisation) {
        access.check(caller, organisation);
        return namesPeople(organisation) ? staff.toChooseFrom(caller, organisation) : List.of();
    }

    /** Whether the organisation's news may name people: a school's may, an area's may not (it has no staff). */
    @Transactional(readOnly = true)
    public boolean namesPeople(OrganisationId organisation) {
        return organisations.kindOf(organisation).orElse(null) == OrganisationKind.ORGANISATION;
    }

    @Transactional(readOnly = true)
    public PublicationView get(NastavnikPrincipal caller, OrganisationId organisation, PublicationId id) {
        return load(caller, organisation, id).view();
    }

    /** A news item found by its id alone (the roadmap's evidence link), checked against the caller's organisations. */
    @Transactional(readOnly = true)
    public PublicationView get(NastavnikPrincipal caller, PublicationId id) {
        Publication publication = publications.findById(id.value()).orElseThrow(NotFoundException::new);
        access.check(caller, publication.organisation());
        return publication.view();
    }

    @Transactional(readOnly = true)
    public List<RevisionView> history(NastavnikPrincipal caller, OrganisationId organisation, PublicationId id) {
        Publication publication = load(caller, organisation, id);
        return revisions.of(publication.id()).stream()
                .map(PublicationRevision::view)
                .toList();
    }

    public Saved create(NastavnikPrincipal caller, OrganisationId organisation, PublicationDraft draft) {
        access.check(caller, organisation);
        return save(
                caller,
                new Publication(organisation, PublicationSource.NONE, null, clock.instant()),
                draft,
                0L,
                "CREATED");
    }

    /** A draft from a held event (or round table) of the school, for the curator to edit before anything is public. */
    public Saved draftFromEvent(NastavnikPrincipal caller, OrganisationId organisation, EventId event) {
        access.check(caller, organisation);
        EventDrafts.Drafted drafted = drafts.of(caller, organisation, event);
        return save(
                caller,
                new Publication(organisation, drafted.source(), event.value(), clock.instant()),
                drafted.draft(),
                0L,
                "DRAFTED");
    }

    /** A draft the system wrote from what happened (an order, say): kept like any other, public only once published. */
    Saved drafted(
            NastavnikPrincipal caller,
            OrganisationId organisation,
            PublicationSource source,
            java.util.UUID sourceId,
            PublicationDraft draft) {
        access.check(caller, organisation);
        return save(caller, new Publication(organisation, source, sourceId, clock.instant()), draft, 0L, "DRAFTED");
    }

    /** A photo of the item was hidden (its person withdrew consent): the public copy changed, so it is kept as a revision. */
    public void photoHidden(PublicationId id) {
        publications.findById(id.value()).ifPresent(publication -> {
            publication.touch(clock.instant());
            keep(publication, BY_SCHEDULE, "PHOTO_HIDDEN");
            events.publishEvent(new PublicationNameHidden(id, publication.organisation()));
        });
    }

    /**
     * The curator added or removed a photo: the item's public copy changed (a revision, a new version — the page's
     * ETag) and, if it is published, so must its posts ({@link PublicationEdited}, the edit's outbox path).
     */
    public void photosChanged(NastavnikPrincipal caller, PublicationId id, boolean added) {
        publications.findById(id.value()).ifPresent(publication -> {
            publication.touch(clock.instant());
            keep(publication, caller.fullName(), added ? "PHOTO_ADDED" : "PHOTO_REMOVED");
            if (publication.status() == PublicationStatus.PUBLISHED) {
                events.publishEvent(new PublicationEdited(id, publication.organisation()));
            }
        });
    }

    public Saved update(
            NastavnikPrincipal caller,
            OrganisationId organisation,
            PublicationId id,
            PublicationDraft draft,
            Long readVersion) {
        Publication publication = load(caller, organisation, id);
        if (publication.status() == PublicationStatus.PUBLISHED) {
            newsConsents.require(organisation, draft.people(), names(caller, organisation, draft.people()));
        }
        Saved saved = save(caller, publication, draft, readVersion, "EDITED");
        if (publication.status() == PublicationStatus.PUBLISHED) {
            events.publishEvent(new PublicationEdited(id, organisation));
        }
        return saved;
    }

    public PublicationView publish(NastavnikPrincipal caller, OrganisationId organisation, PublicationId id) {
        Publication publication = load(caller, organisation, id);
        goPublic(publication, caller.fullName());
        return publication.view();
    }

    public PublicationView schedule(
            NastavnikPrincipal caller, OrganisationId organisation, PublicationId id, Instant at) {
        Publication publication = load(caller, organisation, id);
        newsConsents.check(publication);
        publication.schedule(at, clock.instant());
        keep(publication, caller.fullName(), "SCHEDULED");
        return publication.view();
    }

    public PublicationView unpublish(NastavnikPrincipal caller, OrganisationId organisation, PublicationId id) {
        Publication publication = load(caller, organisation, id);
        publication.unpublish(clock.instant());
        keep(publication, caller.fullName(), "UNPUBLISHED");
        events.publishEvent(new PublicationUnpublished(new PublicationId(publication.id()), organisation));
        return publication.view();
    }

    /**
     * The scheduled items now due; an item whose people lost their consent since it was scheduled goes back to the
     * curator as a draft's refusal would: it stays scheduled, and is tried again on the next run.
     */
    public int publishDue() {
        int published = 0;
        for (Publication publication : publications.due(clock.instant())) {
            if (newsConsents.missing(publication).isEmpty()) {
                goPublic(publication, BY_SCHEDULE);
                published++;
            }
        }
        return published;
    }

    /** Consent to distribution withdrawn (or expired): the name goes from every item at once, each change kept and audited. */
    void hide(PersonId person) {
        for (Publication publication : publications.naming(person.value())) {
            if (publication.hide(person, clock.instant())) {
                keep(publication, BY_SCHEDULE, "NAME_HIDDEN");
                events.publishEvent(
                        new PublicationNameHidden(new PublicationId(publication.id()), publication.organisation()));
                events.publishEvent(new AuditEvent(
                        publication.organisation(),
                        AuditAction.RESTRICT,
                        "Person",
                        person.value(),
                        "публикация «" + publication.title()
                                + "»: имя скрыто после отзыва согласия на распространение"));
            }
        }
    }

    private void goPublic(Publication publication, String by) {
        newsConsents.check(publication);
        boolean firstOfSchool =
                publications.everPublished(publication.organisation().value()) == 0;
        Instant now = clock.instant();
        publication.publish(now);
        keep(publication, by, "PUBLISHED");
        events.publishEvent(new PublicationPublished(new PublicationId(publication.id()), publication.organisation()));
        if (firstOfSchool) {
            // no note: a title may name a person, and the roadmap names no one by its evidence
            events.publishEvent(new MilestoneReached(
                    publication.organisation(),
                    Milestone.PUBLISHED,
                    now,
                    EvidenceKind.PUBLICATION,
                    publication.id(),
                    null));
        }
    }

    private Saved save(
            NastavnikPrincipal caller,
            Publication publication,
            PublicationDraft draft,
            Long readVersion,
            String action) {
        RichText.Sanitised text = RichText.sanitise(draft.body());
        Map<PersonId, String> names = names(caller, publication.organisation(), draft.people());
        publication.edit(
                draft.title(),
                text.html(),
                draft.people().stream()
                        .distinct()
                        .map(p -> new NamedPerson(p.value(), names.get(p)))
                        .toList(),
                readVersion,
                clock.instant());
        keep(publication, caller.fullName(), action);
        return new Saved(publication.view(), text.stripped());
    }

    private Map<PersonId, String> names(NastavnikPrincipal caller, OrganisationId organisation, List<PersonId> people) {
        if (people.isEmpty()) {
            return Map.of();
        }
        if (!namesPeople(organisation)) {
            throw InvalidInputException.of("people", "publishing.area.noPeople");
        }
        return staff.getAll(caller, organisation, people.stream().distinct().toList()).stream()
                .collect(Collectors.toMap(StaffView::id, v -> v.data().fullName(), (a, b) -> a));
    }

    /** Flushed first: the view returned (and its ETag) carries the version the change made. */
    private void keep(Publication publication, String by, String action) {
        publications.saveAndFlush(publication);
        revisions.save(new PublicationRevision(publication, clock.instant(), by, action));
    }

    private Publication load(NastavnikPrincipal caller, OrganisationId organisation, PublicationId id) {
        access.check(caller, organisation);
        return publications
                .findById(id.value())
                .filter(p -> p.organisation().equals(organisation))
                .orElseThrow(NotFoundException::new);
    }
}
