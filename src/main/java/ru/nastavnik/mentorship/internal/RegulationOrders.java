package ru.nastavnik.mentorship.internal;

import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.consent.DocumentModels;
import ru.nastavnik.documents.GrammaticalCase;
import ru.nastavnik.documents.NameDeclension;
import ru.nastavnik.documents.PersonName;
import ru.nastavnik.mentorship.OrderKind;
import ru.nastavnik.mentorship.OrderView;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffData;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditBatch;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The stage-1 order of the register: approving the Regulation and the roadmap and appointing the curator, who is
 * chosen from the school's administration or typed in. Registered like every other order, by {@link OrderManagement}.
 */
@Service
@Transactional
public class RegulationOrders {

    private final OrderRepository orders;
    private final DocumentParts parts;
    private final RegulationVersionManagement versions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RegulationOrders(
            OrderRepository orders,
            DocumentParts parts,
            RegulationVersionManagement versions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.orders = orders;
        this.versions = versions;
        this.parts = parts;
        this.events = events;
        this.clock = clock;
    }

    /** The order approving the Regulation and the roadmap and appointing the curator (stage 1 of the roadmap). */
    public OrderView draftRegulation(
            NastavnikPrincipal caller, OrganisationId organisation, PersonId curatorPerson, String curatorText) {
        return draftRegulation(caller, organisation, curatorPerson, curatorText, null);
    }

    /**
     * The same for a version of the Regulation: {@code regulationVersion} a version not yet approved (its order
     * drafted again), or {@code null} for a new version. A version already approved is refused.
     */
    public OrderView draftRegulation(
            NastavnikPrincipal caller,
            OrganisationId organisation,
            PersonId curatorPerson,
            String curatorText,
            java.util.UUID regulationVersion) {
        PairManagement.check(caller, organisation);
        String curator = curatorPerson == null ? curatorText : curatorPhrase(caller, organisation, curatorPerson);
        if (curator == null || curator.isBlank() || curator.length() > 300) {
            throw InvalidInputException.of("curator", "mentorship.order.curator.required");
        }
        // the version first: another school's or an approved one is refused before anything is saved
        RegulationVersion version = versions.forNewOrder(organisation, regulationVersion);
        MentorshipOrder order = orders.save(new MentorshipOrder(
                organisation,
                OrderKind.REGULATION,
                "Об утверждении Положения о системе наставничества педагогических работников и дорожной карты",
                List.of(),
                curator.strip(),
                clock.instant()));
        order.approves(version);
        events.publishEvent(new AuditEvent(
                organisation,
                AuditAction.CREATE,
                "MentorshipOrder",
                order.id(),
                "проект приказа об утверждении Положения о наставничестве"));
        return order.view();
    }

    /** A person the curator may be chosen from, as the orders page offers her. */
    public record CuratorCandidate(PersonId id, String fullName, String position) {}

    /** The school's administration and methodists (whom schools appoint curator), for the stage-1 order's form. */
    @Transactional(readOnly = true)
    public List<CuratorCandidate> curatorCandidates(NastavnikPrincipal caller, OrganisationId organisation) {
        PairManagement.check(caller, organisation);
        List<CuratorCandidate> found = parts.people(caller, organisation).entrySet().stream()
                .filter(e -> e.getValue().positions().stream()
                        .anyMatch(p -> ADMINISTRATION.matcher(p).find()))
                .map(e -> new CuratorCandidate(
                        e.getKey(),
                        e.getValue().fullName(),
                        String.join(", ", e.getValue().positions())))
                .sorted(java.util.Comparator.comparing(
                        CuratorCandidate::fullName, ru.nastavnik.shared.RussianOrder.NAMES))
                .toList();
        events.publishEvent(AuditBatch.reads(
                organisation,
                "Person",
                found.stream().map(c -> c.id().value()).toList(),
                "кандидаты в кураторы наставничества"));
        return found;
    }

    private static final java.util.regex.Pattern ADMINISTRATION = java.util.regex.Pattern.compile(
            "директор|заместител|методист|руководител|советник",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    /**
     * «заместителя директора по учебно-воспитательной работе Иванову Ирину Петровну»: the curator chosen from the
     * staff is appointed in the accusative, declined by the documents engine like every other name it prints.
     */
    private String curatorPhrase(NastavnikPrincipal caller, OrganisationId organisation, PersonId person) {
        StaffData d = parts.people(caller, organisation).get(person);
        if (d == null) {
            throw new NotFoundException();
        }
        String name = NameDeclension.fullName(
                PersonName.of(d.lastName(), d.firstName(), d.middleName(), d.gender()), GrammaticalCase.ACCUSATIVE);
        return d.positions().isEmpty()
                ? name
                : DocumentModels.positions(
                                d,
                                GrammaticalCase.ACCUSATIVE,
                                DocumentModels.overrides(parts.organisation(organisation)))
                        + " " + name;
    }
}
