package ru.nastavnik.roadmap.internal;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.documents.FileType;
import ru.nastavnik.documents.StoredFileId;
import ru.nastavnik.documents.StoredFileInfo;
import ru.nastavnik.documents.StoredFiles;
import ru.nastavnik.events.EventDocuments;
import ru.nastavnik.events.EventFile;
import ru.nastavnik.events.EventId;
import ru.nastavnik.mentorship.MentorshipDocuments;
import ru.nastavnik.mentorship.OrderRegister;
import ru.nastavnik.mentorship.OrderStatus;
import ru.nastavnik.mentorship.OrderView;
import ru.nastavnik.organisation.SchoolDates;
import ru.nastavnik.roadmap.PublishedEvidence;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Dates;

/**
 * Documents as a school activity's evidence besides what the modules report: one the curator uploads (its title, date
 * and file — the type checked by content, the size limited, by the file store) or a registered order the system holds.
 * Only the school's director and curator attach, remove and download them; every change and download is audited.
 */
@Service
@Transactional
public class ActivityDocuments {

    static final String PURPOSE = "roadmap-evidence";
    static final Set<FileType> TYPES = Set.of(FileType.PDF, FileType.JPEG, FileType.PNG, FileType.DOCX, FileType.XLSX);

    private final EvidenceDocumentRepository documents;
    private final RoadmapPlanRepository plans;
    private final PlanAccess access;
    private final StoredFiles files;
    private final OrderRegister orders;
    private final MentorshipDocuments orderDocuments;
    private final EventDocuments eventDocuments;
    private final ObjectProvider<PublishedEvidence> publications;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SchoolDates dates;

    ActivityDocuments(
            EvidenceDocumentRepository documents,
            RoadmapPlanRepository plans,
            PlanAccess access,
            StoredFiles files,
            OrderRegister orders,
            MentorshipDocuments orderDocuments,
            EventDocuments eventDocuments,
            ObjectProvider<PublishedEvidence> publications,
            ApplicationEventPublisher events,
            SchoolDates dates,
            Clock clock) {
        this.eventDocuments = eventDocuments;
        this.publications = publications;
        this.documents = documents;
        this.plans = plans;
        this.access = access;
        this.files = files;
        this.orders = orders;
        this.orderDocuments = orderDocuments;
        this.events = events;
        this.clock = clock;
        this.dates = dates;
    }

    /** A downloaded document: its name, content type and bytes. */
    public record Download(String name, String contentType, byte[] content) {}

    @Transactional(readOnly = true)
    public List<EvidenceDocumentView> list(NastavnikPrincipal caller, ActivityId activity) {
        PlanActivity found = editable(caller, activity);
        return documents.ofActivities(List.of(found.id())).stream()
                .map(EvidenceDocument::view)
                .toList();
    }

    /** The registered orders of the activity's school, which the curator may link as evidence. */
    @Transactional(readOnly = true)
    public List<OrderView> linkableOrders(NastavnikPrincipal caller, ActivityId activity) {
        PlanActivity found = editable(caller, activity);
        return orders.list(caller, found.plan().organisation()).stream()
                .filter(o -> o.status() == OrderStatus.REGISTERED && o.orderDate() != null)
                .toList();
    }

    /** An uploaded document: the title and date are checked first, then the file by the store; a refusal keeps nothing. */
    public EvidenceDocumentView upload(
            NastavnikPrincipal caller,
            ActivityId activity,
            String title,
            LocalDate date,
            InputStream content,
            String fileName) {
        PlanActivity found = school(caller, activity);
        OrganisationId organisation = found.plan().organisation();
        EvidenceDocument.check(title, date, today(organisation));
        if (content == null) {
            throw InvalidInputException.of("file", "roadmapEvidence.file.required");
        }
        StoredFileInfo stored = files.store(organisation, PURPOSE, content, fileName, TYPES, files.maxScanBytes());
        EvidenceDocument document = documents.saveAndFlush(EvidenceDocument.uploaded(
                found.id(),
                organisation,
                title,
                date,
                stored.id().value(),
                stored.originalName(),
                today(organisation),
                caller.fullName(),
                clock.instant()));
        audit(
                found,
                "дорожная карта: к мероприятию этапа " + found.stage() + " приложен документ «" + document.title()
                        + "»");
        return document.view();
    }

    /** A registered order of the school as evidence; the order's title, number and date name it unless a title is given. */
    public EvidenceDocumentView linkOrder(NastavnikPrincipal caller, ActivityId activity, UUID order, String title) {
        PlanActivity found = school(caller, activity);
        OrganisationId organisation = found.plan().organisation();
        if (order == null) {
            throw InvalidInputException.of("order", "roadmapEvidence.order.required");
        }
        OrderView linked = orders.list(caller, organisation).stream()
                .filter(o -> o.id().equals(order))
                .findFirst()
                .orElseThrow(() -> InvalidInputException.of("order", "roadmapEvidence.order.unknown"));
        if (linked.status() != OrderStatus.REGISTERED || linked.orderDate() == null) {
            throw InvalidInputException.of("order", "roadmapEvidence.order.notRegistered");
        }
        if (documents.ofActivities(List.of(found.id())).stream().anyMatch(d -> order.equals(d.order()))) {
            throw InvalidInputException.of("order", "roadmapEvidence.order.linked");
        }
        String name = title == null || title.isBlank()
                ? "Приказ от " + Dates.DATE.format(linked.orderDate()) + " № " + linked.number() + " «" + linked.title()
                        + "»"
                : title;
        EvidenceDocument document = documents.saveAndFlush(EvidenceDocument.order(
                found.id(),
                organisation,
                name.length() > EvidenceDocument.MAX_TITLE ? name.substring(0, EvidenceDocument.MAX_TITLE) : name,
                linked.orderDate(),
                order,
                today(organisation),
                caller.fullName(),
                clock.instant()));
        audit(found, "дорожная карта: к мероприятию этапа " + found.stage() + " привязан приказ № " + linked.number());
        return document.view();
    }

    public void remove(NastavnikPrincipal caller, ActivityId activity, EvidenceDocumentId id) {
        PlanActivity found = editable(caller, activity);
        EvidenceDocument document = owned(found, id);
        documents.delete(document);
        audit(
                found,
                "дорожная карта: документ «" + document.title() + "» больше не подтверждает мероприятие этапа "
                        + found.stage());
    }

    @Transactional(readOnly = true)
    public Download download(NastavnikPrincipal caller, ActivityId activity, EvidenceDocumentId id) {
        PlanActivity found = editable(caller, activity);
        EvidenceDocument document = owned(found, id);
        events.publishEvent(new AuditEvent(
                document.organisation(),
                AuditAction.READ,
                "RoadmapEvidenceDocument",
                document.id(),
                "дорожная карта: скачан документ «" + document.title() + "»"));
        return open(caller, document);
    }

    /** The document's bytes: the uploaded file, the linked order or protocol as a PDF, a publication as its page. */
    Download open(NastavnikPrincipal caller, EvidenceDocument document) {
        if (document.order() != null) {
            var pdf = orderDocuments.orderPdf(caller, document.order());
            return new Download(pdf.name(), FileType.PDF.contentType(), pdf.content());
        }
        if (document.event() != null) {
            EventFile protocol = eventDocuments.protocol(caller, new EventId(document.event()), true);
            return new Download(protocol.fileName(), protocol.contentType(), protocol.content());
        }
        if (document.publication() != null) {
            byte[] page = publications
                    .getObject()
                    .page(document.organisation(), document.publication())
                    .orElseThrow(NotFoundException::new);
            return new Download(document.title() + ".html", "text/html;charset=UTF-8", page);
        }
        StoredFileId file = new StoredFileId(document.storedFile());
        StoredFileInfo info = files.info(document.organisation(), file);
        return new Download(info.originalName(), info.contentType(), files.read(document.organisation(), file));
    }

    private EvidenceDocument owned(PlanActivity activity, EvidenceDocumentId id) {
        return documents
                .findById(id.value())
                .filter(d -> d.activity().equals(activity.id()))
                .orElseThrow(NotFoundException::new);
    }

    PlanActivity school(NastavnikPrincipal caller, ActivityId activity) {
        PlanActivity found = editable(caller, activity);
        if (!access.isSchool(found.plan().organisation())) {
            throw InvalidInputException.of("activity", "roadmapEvidence.schoolOnly");
        }
        return found;
    }

    PlanActivity editable(NastavnikPrincipal caller, ActivityId activity) {
        PlanActivity found = plans.activity(activity.value()).orElseThrow(NotFoundException::new);
        access.checkEdit(caller, found.plan().organisation());
        return found;
    }

    void audit(PlanActivity activity, String details) {
        events.publishEvent(new AuditEvent(
                activity.plan().organisation(), AuditAction.UPDATE, "RoadmapActivity", activity.id(), details));
    }

    /** The school's own date: evidence "not in the future" and its date of adding are the school's. */
    LocalDate today(OrganisationId school) {
        return dates.today(school);
    }
}
