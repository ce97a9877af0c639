package ru.nastavnik.roadmap.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.events.EventStatus;
import ru.nastavnik.events.EventView;
import ru.nastavnik.events.Events;
import ru.nastavnik.roadmap.PublishedEvidence;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Dates;

/**
 * Beyond orders (issue 17): a held event's protocol and a published item of the school's site as an activity's
 * evidence — stages 6 and 7 (the conference and round table held, the mentorship covered) are shown done by them.
 * Only the school's own: an event it organised, held, with its protocol recorded; an item public on its site. The
 * same people as for documents (the school's director and curator); each link is audited on the activity.
 */
@Service
@Transactional
public class ActivityEvidenceLinks {

    private final ActivityDocuments documents;
    private final EvidenceDocumentRepository evidence;
    private final Events events;
    private final ObjectProvider<PublishedEvidence> publications;
    private final Clock clock;

    ActivityEvidenceLinks(
            ActivityDocuments documents,
            EvidenceDocumentRepository evidence,
            Events events,
            ObjectProvider<PublishedEvidence> publications,
            Clock clock) {
        this.documents = documents;
        this.evidence = evidence;
        this.events = events;
        this.publications = publications;
        this.clock = clock;
    }

    /** The school's held events with a protocol, which the curator may link. */
    @Transactional(readOnly = true)
    public List<EventView> linkableProtocols(NastavnikPrincipal caller, ActivityId activity) {
        PlanActivity found = documents.editable(caller, activity);
        return protocols(caller, found.plan().organisation());
    }

    /** The school's items public now, which the curator may link. */
    @Transactional(readOnly = true)
    public List<PublishedEvidence.Published> linkablePublications(NastavnikPrincipal caller, ActivityId activity) {
        PlanActivity found = documents.editable(caller, activity);
        return publications.getObject().published(found.plan().organisation());
    }

    public EvidenceDocumentView linkProtocol(NastavnikPrincipal caller, ActivityId activity, UUID event, String title) {
        PlanActivity found = documents.school(caller, activity);
        OrganisationId school = found.plan().organisation();
        if (event == null) {
            throw InvalidInputException.of("event", "roadmapEvidence.protocol.required");
        }
        List<EventView> own = events.list(caller, school).stream()
                .map(e -> e.event())
                .filter(e -> e.organisationId().equals(school))
                .toList();
        EventView linked = own.stream()
                .filter(e -> e.id().value().equals(event))
                .findFirst()
                .orElseThrow(() -> InvalidInputException.of("event", "roadmapEvidence.protocol.unknown"));
        if (linked.status() != EventStatus.HELD || linked.protocol() == null) {
            throw InvalidInputException.of("event", "roadmapEvidence.protocol.notHeld");
        }
        if (linkedAlready(found, d -> event.equals(d.event()))) {
            throw InvalidInputException.of("event", "roadmapEvidence.protocol.linked");
        }
        LocalDate held = linked.startsAt().atZone(linked.zone()).toLocalDate();
        String name = title(
                title,
                "Протокол № " + linked.protocol().number() + " от " + Dates.DATE.format(held) + " «" + linked.title()
                        + "»");
        EvidenceDocument document = evidence.saveAndFlush(EvidenceDocument.protocol(
                found.id(), school, name, held, event, documents.today(school), caller.fullName(), clock.instant()));
        documents.audit(
                found,
                "дорожная карта: к мероприятию этапа " + found.stage() + " привязан протокол мероприятия «"
                        + linked.title() + "»");
        return document.view();
    }

    public EvidenceDocumentView linkPublication(
            NastavnikPrincipal caller, ActivityId activity, UUID publication, String title) {
        PlanActivity found = documents.school(caller, activity);
        OrganisationId school = found.plan().organisation();
        if (publication == null) {
            throw InvalidInputException.of("publication", "roadmapEvidence.publication.required");
        }
        PublishedEvidence.Published linked = publications
                .getObject()
                .find(school, publication)
                .orElseThrow(() -> InvalidInputException.of("publication", "roadmapEvidence.publication.unknown"));
        if (linkedAlready(found, d -> publication.equals(d.publication()))) {
            throw InvalidInputException.of("publication", "roadmapEvidence.publication.linked");
        }
        String name =
                title(title, "Публикация от " + Dates.DATE.format(linked.publishedOn()) + " «" + linked.title() + "»");
        EvidenceDocument document = evidence.saveAndFlush(EvidenceDocument.publication(
                found.id(),
                school,
                name,
                linked.publishedOn(),
                publication,
                documents.today(school),
                caller.fullName(),
                clock.instant()));
        documents.audit(
                found,
                "дорожная карта: к мероприятию этапа " + found.stage() + " привязана публикация «" + linked.title()
                        + "»");
        return document.view();
    }

    private List<EventView> protocols(NastavnikPrincipal caller, OrganisationId school) {
        return events.list(caller, school).stream()
                .map(e -> e.event())
                .filter(e ->
                        e.organisationId().equals(school) && e.status() == EventStatus.HELD && e.protocol() != null)
                .toList();
    }

    private boolean linkedAlready(PlanActivity activity, java.util.function.Predicate<EvidenceDocument> same) {
        return evidence.ofActivities(List.of(activity.id())).stream().anyMatch(same);
    }

    private static String title(String given, String byDefault) {
        String name = given == null || given.isBlank() ? byDefault : given;
        return name.length() > EvidenceDocument.MAX_TITLE ? name.substring(0, EvidenceDocument.MAX_TITLE) : name;
    }
}
