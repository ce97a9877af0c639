package ru.nastavnik.publishing.internal;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.publishing.PublicationSource;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;

/**
 * Keeps a draft the system wrote on its own from what happened (an order registered, a programme completed): nobody
 * asked, so nobody is checked; once per source — a listener delivered again after a crash drafts nothing more. The
 * draft is kept like any other (sanitised, a revision by «Система»), public only once the curator publishes it.
 */
@Component
@Transactional
class SystemDraftWriter {

    private final PublicationRepository publications;
    private final PublicationRevisionRepository revisions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SystemDraftWriter(
            PublicationRepository publications,
            PublicationRevisionRepository revisions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.publications = publications;
        this.revisions = revisions;
        this.events = events;
        this.clock = clock;
    }

    /** {@code named}: the people it names, with the names as written (their consent was checked by the caller). */
    Optional<PublicationId> write(
            OrganisationId organisation,
            PublicationSource source,
            UUID sourceId,
            PublicationDraft draft,
            Map<PersonId, String> named,
            String what) {
        if (publications.existsByOrganisationIdAndSourceKindAndSourceId(organisation.value(), source, sourceId)) {
            return Optional.empty();
        }
        Publication publication = new Publication(organisation, source, sourceId, clock.instant());
        RichText.Sanitised text = RichText.sanitise(draft.body());
        publication.edit(
                draft.title(),
                text.html(),
                named.entrySet().stream()
                        .map(e -> new NamedPerson(e.getKey().value(), e.getValue()))
                        .toList(),
                0L,
                clock.instant());
        publications.saveAndFlush(publication);
        revisions.save(
                new PublicationRevision(publication, clock.instant(), PublicationManagement.BY_SCHEDULE, "DRAFTED"));
        events.publishEvent(new AuditEvent(
                organisation,
                AuditAction.CREATE,
                "Publication",
                publication.id(),
                "черновик новости составлен системой: " + what));
        return Optional.of(new PublicationId(publication.id()));
    }
}
