package ru.nastavnik.publishing.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.mentorship.AppointedCurator;
import ru.nastavnik.mentorship.MentorshipDocuments;
import ru.nastavnik.mentorship.OrderKind;
import ru.nastavnik.mentorship.OrderRegister;
import ru.nastavnik.mentorship.OrderStatus;
import ru.nastavnik.mentorship.OrderView;
import ru.nastavnik.mentorship.RegulationDocuments;
import ru.nastavnik.mentorship.RegulationVersions;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The Regulation, the roadmap and the registered orders in the public section, as the curator chooses for each:
 * not shown (the default), shown with names — only while everyone named consented to distribution (152-ФЗ
 * art. 10.1) — or shown with every name removed. The text is generated as the documents module prints it.
 */
@Service
@Transactional
public class PublicDocuments {

    /** A document the curator may show: a registered order, or the Regulation / roadmap a registered order approved. */
    public record Choice(OrderView order, DocumentPart part, DocumentMode mode, UUID documentId) {}

    private final PublicDocumentRepository documents;
    private final PublishingAccess access;
    private final OrderRegister orders;
    private final MentorshipDocuments orderDocuments;
    private final RegulationDocuments regulation;
    private final AppointedCurator curators;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RegulationVersions versions;
    private final DocumentNames names;

    PublicDocuments(
            PublicDocumentRepository documents,
            PublishingAccess access,
            OrderRegister orders,
            MentorshipDocuments orderDocuments,
            RegulationDocuments regulation,
            AppointedCurator curators,
            ApplicationEventPublisher events,
            Clock clock,
            RegulationVersions versions,
            DocumentNames names) {
        this.versions = versions;
        this.names = names;
        this.curators = curators;
        this.documents = documents;
        this.access = access;
        this.orders = orders;
        this.orderDocuments = orderDocuments;
        this.regulation = regulation;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Choice> choices(NastavnikPrincipal caller, OrganisationId organisation) {
        access.check(caller, organisation);
        if (!caller.hasAnyIn(organisation, Role.DIRECTOR, Role.CURATOR)) {
            // a municipality or region issues no mentorship orders: its methodologist has nothing to choose
            return List.of();
        }
        Map<String, PublicDocument> chosen = new LinkedHashMap<>();
        documents
                .inOrganisation(organisation.value())
                .forEach(d -> chosen.put(d.orderId() + d.part().name(), d));
        return orders.list(caller, organisation).stream()
                .filter(o -> o.status() == OrderStatus.REGISTERED)
                .flatMap(o -> parts(o).map(part -> {
                    PublicDocument d = chosen.get(o.id() + part.name());
                    return new Choice(o, part, d == null ? DocumentMode.HIDDEN : d.mode(), d == null ? null : d.id());
                }))
                .toList();
    }

    public PublicDocumentView choose(
            NastavnikPrincipal caller,
            OrganisationId organisation,
            UUID orderId,
            DocumentPart part,
            DocumentMode mode) {
        access.check(caller, organisation);
        if (mode == null) {
            throw InvalidInputException.of("mode", "publishingSite.mode.required");
        }
        OrderView order = orders.get(caller, orderId);
        if (!order.organisationId().equals(organisation)
                || order.status() != OrderStatus.REGISTERED
                || parts(order).noneMatch(part::equals)) {
            throw new NotFoundException();
        }
        PublicDocument document = documents
                .of(orderId, part)
                .orElseGet(() -> new PublicDocument(
                        organisation,
                        orderId,
                        part,
                        order.title(),
                        order.number(),
                        order.orderDate(),
                        clock.instant()));
        if (mode == DocumentMode.HIDDEN) {
            document.show(DocumentMode.HIDDEN, "", List.of(), clock.instant());
        } else {
            Map<PersonId, List<String>> named = names.named(caller, organisation, order, part);
            if (mode == DocumentMode.NAMED) {
                names.requireConsents(named);
            }
            byte[] docx = part == DocumentPart.ORDER
                    ? orderDocuments.order(caller, orderId).content()
                    : regulation
                            .ofOrder(caller, orderId, RegulationDocuments.Appendix.valueOf(part.name()), false)
                            .content();
            List<DocumentPerson> people = new ArrayList<>(named.entrySet().stream()
                    .map(e -> new DocumentPerson(e.getKey().value(), e.getValue()))
                    .toList());
            if (part == DocumentPart.ORDER && order.kind() == OrderKind.REGULATION) {
                curators.of(caller, orderId)
                        .flatMap(typed -> TypedCurator.of(orderId, typed, named))
                        .ifPresent(curator -> {
                            people.removeIf(p -> p.personId().equals(curator.personId()));
                            people.add(curator);
                        });
            }
            document.show(
                    mode,
                    DocxText.html(docx),
                    part == DocumentPart.ORDER ? names.withExecutor(caller, organisation, orderId, people) : people,
                    clock.instant());
        }
        documents.saveAndFlush(document);
        events.publishEvent(new PublicDocumentChanged(organisation, document.id()));
        events.publishEvent(new AuditEvent(
                organisation,
                AuditAction.UPDATE,
                "PublicDocument",
                document.id(),
                "публичный раздел: «" + order.title() + "» — "
                        + switch (mode) {
                            case HIDDEN -> "не показывается";
                            case NAMED -> "показывается с именами";
                            case ANONYMISED -> "показывается без персональных данных";
                        }));
        return document.view();
    }

    /** What the public section shows of these organisations: never a hidden document. */
    @Transactional(readOnly = true)
    public List<PublicDocumentView> shownBy(Collection<OrganisationId> organisations) {
        if (organisations.isEmpty()) {
            return List.of();
        }
        Map<OrganisationId, UUID> current = versions.currentApprovalOrders(organisations);
        return documents
                .shownBy(organisations.stream().map(OrganisationId::value).toList())
                .stream()
                .map(PublicDocument::view)
                .filter(d -> inForce(d, current))
                .toList();
    }

    /**
     * The section shows the Regulation in force (issue 17): once a newer version is approved, the Regulation and the
     * roadmap an older order approved leave the site; the older order itself stays, as a document of its day.
     */
    private static boolean inForce(PublicDocumentView document, Map<OrganisationId, UUID> current) {
        UUID approving = current.get(document.organisationId());
        return document.part() == DocumentPart.ORDER || approving == null || approving.equals(document.orderId());
    }

    /** One shown document of one of these organisations; hidden or another's → 404. */
    @Transactional(readOnly = true)
    public PublicDocumentView shown(Collection<OrganisationId> organisations, UUID id) {
        return documents
                .findById(id)
                .filter(d -> d.mode() != DocumentMode.HIDDEN)
                .filter(d -> organisations.contains(d.organisation()))
                .map(PublicDocument::view)
                .filter(d -> inForce(d, versions.currentApprovalOrders(List.of(d.organisationId()))))
                .orElseThrow(NotFoundException::new);
    }

    /** On withdrawal of consent to distribution: her name leaves every document shown with names, at once. */
    public void hide(PersonId person) {
        for (PublicDocument document : documents.naming(person.value())) {
            if (document.hide(person, clock.instant())) {
                documents.saveAndFlush(document);
                events.publishEvent(new PublicDocumentChanged(document.organisation(), document.id()));
                events.publishEvent(new AuditEvent(
                        document.organisation(),
                        AuditAction.RESTRICT,
                        "Person",
                        person.value(),
                        "публичный документ «" + document.title()
                                + "»: имя скрыто после отзыва согласия на распространение"));
            }
        }
    }

    /** The Regulation and the roadmap are shown on their own only from the order that approved them. */
    private static Stream<DocumentPart> parts(OrderView order) {
        return order.kind() == OrderKind.REGULATION ? Stream.of(DocumentPart.values()) : Stream.of(DocumentPart.ORDER);
    }
}
