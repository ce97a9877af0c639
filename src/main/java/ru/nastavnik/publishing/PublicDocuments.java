package ru.nastavnik.publishing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.consent.ConsentCheck;
import ru.nastavnik.consent.DistributionChannel;
import ru.nastavnik.consent.DistributionKind;
import ru.nastavnik.documents.GrammaticalCase;
import ru.nastavnik.documents.NameDeclension;
import ru.nastavnik.documents.PersonName;
import ru.nastavnik.mentorship.AppointedCurator;
import ru.nastavnik.mentorship.MemberView;
import ru.nastavnik.mentorship.MentorshipDocuments;
import ru.nastavnik.mentorship.MentorshipId;
import ru.nastavnik.mentorship.Mentorships;
import ru.nastavnik.mentorship.OrderKind;
import ru.nastavnik.mentorship.OrderRegister;
import ru.nastavnik.mentorship.OrderStatus;
import ru.nastavnik.mentorship.OrderView;
import ru.nastavnik.mentorship.RegulationDocuments;
import ru.nastavnik.mentorship.RegulationVersions;
import ru.nastavnik.organisation.OrganisationSummary;
import ru.nastavnik.organisation.Organisations;
import ru.nastavnik.organisation.Requisites;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffData;
import ru.nastavnik.people.StaffManagement;
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
    private final Mentorships mentorships;
    private final StaffManagement staff;
    private final ConsentCheck consents;
    private final AppointedCurator curators;
    private final Organisations organisations;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RegulationVersions versions;

    PublicDocuments(
            PublicDocumentRepository documents,
            PublishingAccess access,
            OrderRegister orders,
            MentorshipDocuments orderDocuments,
            RegulationDocuments regulation,
            Mentorships mentorships,
            StaffManagement staff,
            ConsentCheck consents,
            AppointedCurator curators,
            Organisations organisations,
            ApplicationEventPublisher events,
            Clock clock,
            RegulationVersions versions) {
        this.versions = versions;
        this.curators = curators;
        this.organisations = organisations;
        this.documents = documents;
        this.access = access;
        this.orders = orders;
        this.orderDocuments = orderDocuments;
        this.regulation = regulation;
        this.mentorships = mentorships;
        this.staff = staff;
        this.consents = consents;
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
            Map<PersonId, List<String>> named = named(caller, organisation, order, part);
            if (mode == DocumentMode.NAMED) {
                requireConsents(named);
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
                    part == DocumentPart.ORDER ? withExecutor(caller, organisation, orderId, people) : people,
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

    /** The «Исп.:» line every order prints: the requisites' curator name, as {@link TypedExecutor} places it. */
    private List<DocumentPerson> withExecutor(
            NastavnikPrincipal caller, OrganisationId organisation, UUID orderId, List<DocumentPerson> people) {
        Requisites requisites = organisations
                .find(organisation)
                .map(OrganisationSummary::requisites)
                .orElse(null);
        String typed = requisites == null ? null : requisites.curatorName();
        if (typed == null) {
            return people;
        }
        Map<PersonId, List<String>> staffForms = new LinkedHashMap<>();
        staff.current(caller, organisation).forEach(v -> staffForms.put(v.id(), forms(v.data())));
        return TypedExecutor.with(
                people,
                orderId,
                typed,
                staffForms,
                person -> consents.coveredFor(
                                Set.of(person), DistributionKind.DOCUMENTS, Set.of(DistributionChannel.SECTION))
                        .contains(person));
    }

    /** The Regulation and the roadmap are shown on their own only from the order that approved them. */
    private static Stream<DocumentPart> parts(OrderView order) {
        return order.kind() == OrderKind.REGULATION ? Stream.of(DocumentPart.values()) : Stream.of(DocumentPart.ORDER);
    }

    /**
     * Who a document names: the approval order's familiarisation sheet lists the whole staff (Labour Code art. 22);
     * other orders name their pairs' members; the Regulation and roadmap name only the organisation and its head.
     */
    private Map<PersonId, List<String>> named(
            NastavnikPrincipal caller, OrganisationId organisation, OrderView order, DocumentPart part) {
        Map<PersonId, List<String>> named = new LinkedHashMap<>();
        if (part != DocumentPart.ORDER) {
            return named;
        }
        if (order.kind() == OrderKind.REGULATION) {
            staff.current(caller, organisation).forEach(v -> named.put(v.id(), forms(v.data())));
            return named;
        }
        List<MemberView> members = order.mentorshipIds().stream()
                .map(id -> mentorships.get(caller, new MentorshipId(id)))
                .flatMap(m -> m.members().stream())
                .toList();
        List<PersonId> ours = members.stream()
                .filter(m -> organisation.equals(m.organisationId()))
                .map(MemberView::personId)
                .distinct()
                .toList();
        Map<PersonId, StaffData> data = new LinkedHashMap<>();
        if (!ours.isEmpty()) {
            staff.getAll(caller, organisation, ours).forEach(v -> data.put(v.id(), v.data()));
        }
        for (MemberView member : members) {
            StaffData d = data.get(member.personId());
            named.putIfAbsent(member.personId(), d != null ? forms(d) : List.of(member.fullName()));
        }
        return named;
    }

    private void requireConsents(Map<PersonId, List<String>> named) {
        Set<PersonId> valid = named.isEmpty()
                ? Set.of()
                : consents.coveredFor(named.keySet(), DistributionKind.DOCUMENTS, Set.of(DistributionChannel.SECTION));
        List<String> missing = named.entrySet().stream()
                .filter(e -> !valid.contains(e.getKey()))
                .map(e -> e.getValue().get(0))
                .sorted()
                .toList();
        if (!missing.isEmpty()) {
            throw InvalidInputException.of(
                    "mode", "publishingSite.document.consentMissing", String.join(", ", missing));
        }
    }

    /** Every form the documents print a name in: full, «Иванова И. И.», «И. И. Иванова», in each case. */
    static List<String> forms(StaffData data) {
        List<String> forms = new ArrayList<>(List.of(data.fullName()));
        if (data.gender() != null && data.lastName() != null && data.firstName() != null) {
            PersonName name = PersonName.of(data.lastName(), data.firstName(), data.middleName(), data.gender());
            for (GrammaticalCase grammaticalCase : GrammaticalCase.values()) {
                forms.add(NameDeclension.fullName(name, grammaticalCase));
                forms.add(NameDeclension.surnameWithInitials(name, grammaticalCase));
                forms.add(NameDeclension.initialsWithSurname(name, grammaticalCase));
            }
        }
        return forms.stream().filter(f -> f != null && !f.isBlank()).distinct().toList();
    }
}
