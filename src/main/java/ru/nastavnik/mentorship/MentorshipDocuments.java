package ru.nastavnik.mentorship;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.consent.ConsentForms;
import ru.nastavnik.consent.DocumentModels;
import ru.nastavnik.consent.MentoringTerms;
import ru.nastavnik.documents.DocxTemplates;
import ru.nastavnik.documents.GrammaticalCase;
import ru.nastavnik.documents.NameDeclension;
import ru.nastavnik.documents.PersonName;
import ru.nastavnik.organisation.OrganisationSummary;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffData;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Dates;

/** Fills the orders and the supplementary agreement from the organisation's current templates. */
@Service
@Transactional(readOnly = true)
public class MentorshipDocuments {

    private final MentorshipRepository repository;
    private final OrderRepository orders;
    private final DocumentParts parts;
    private final ApplicationEventPublisher events;
    private final ConsentForms consentForms;
    private final RegulationDocuments regulation;
    private final PairPaymentTerms paymentTerms;

    MentorshipDocuments(
            MentorshipRepository repository,
            OrderRepository orders,
            DocumentParts parts,
            ApplicationEventPublisher events,
            ConsentForms consentForms,
            RegulationDocuments regulation,
            PairPaymentTerms paymentTerms) {
        this.regulation = regulation;
        this.paymentTerms = paymentTerms;
        this.repository = repository;
        this.orders = orders;
        this.parts = parts;
        this.events = events;
        this.consentForms = consentForms;
    }

    /** The order as a DOCX; a draft shows blanks where the number and date will go once it is signed. */
    public DocumentFile order(NastavnikPrincipal caller, UUID orderId) {
        MentorshipOrder order = orders.findById(orderId).orElseThrow(NotFoundException::new);
        Mentorships.check(caller, order.organisation());
        OrderView view = order.view();
        List<Mentorship> pairs = repository.findAllIn(order.mentorships());
        Map<PersonId, StaffData> people = order.kind() == OrderKind.REGULATION
                ? parts.people(caller, order.organisation())
                : parts.people(
                        caller,
                        order.organisation(),
                        pairs.stream()
                                .flatMap(p -> p.view(x -> "").members().stream())
                                .map(MemberView::personId)
                                .toList());
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("organisation", DocumentModels.organisation(parts.organisation(order.organisation())));
        model.put(
                "order",
                Map.of(
                        "number",
                        view.number() == null ? "______" : view.number(),
                        "date",
                        view.orderDate() == null
                                ? "«____» ______________ 20___ г."
                                : Dates.DATE.format(view.orderDate())));
        List<Map<String, Object>> rows = new ArrayList<>();
        Set<PersonId> acquainted = new LinkedHashSet<>();
        int n = 1;
        for (Mentorship pair : pairs) {
            MentorshipView v = pair.view(p -> "");
            boolean ended = (order.kind() == OrderKind.TERMINATION || order.kind() == OrderKind.COMPLETION)
                    && v.status().ended();
            List<PersonId> mentors = ended ? lastOf(v, MemberRole.MENTOR) : pair.current(MemberRole.MENTOR);
            List<PersonId> mentees = ended ? lastOf(v, MemberRole.MENTEE) : pair.current(MemberRole.MENTEE);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("number", Integer.toString(n++));
            row.put("mentors", DocumentParts.describe(mentors, people));
            row.put("mentees", DocumentParts.describe(mentees, people));
            row.put("form", v.form());
            row.put("period", Dates.DATE.format(v.startsOn()) + " – " + Dates.DATE.format(v.endsOn()));
            LocalDate endOn = v.endedOn() != null ? v.endedOn() : v.terminationDueOn();
            row.put("endedOn", endOn == null ? "" : Dates.DATE.format(endOn));
            row.put(
                    "reason",
                    v.endReason() == null
                            ? ""
                            : v.endReason()
                                    + (v.endInitiator() == EndInitiator.EMPLOYER && v.noticeOn() != null
                                            ? " (уведомление от " + Dates.DATE.format(v.noticeOn()) + ")"
                                            : ""));
            rows.add(row);
            acquainted.addAll(mentors);
            acquainted.addAll(mentees);
        }
        model.put("pairs", rows);
        List<Map<String, Object>> sheet = new ArrayList<>();
        int m = 1;
        for (PersonId person : acquainted) {
            StaffData d = people.get(person);
            sheet.add(Map.of(
                    "number",
                    Integer.toString(m++),
                    "fullName",
                    d == null ? "—" : d.fullName(),
                    "position",
                    d == null || d.positions().isEmpty() ? "" : String.join(", ", d.positions())));
        }
        if (order.kind() == OrderKind.REGULATION) {
            // everybody on the staff is familiarised with the Regulation (Labour Code art. 22)
            sheet.clear();
            int k = 1;
            for (StaffData d : people.values().stream()
                    .sorted(java.util.Comparator.comparing(StaffData::fullName))
                    .toList()) {
                sheet.add(Map.of(
                        "number",
                        Integer.toString(k++),
                        "fullName",
                        d.fullName(),
                        "position",
                        d.positions().isEmpty() ? "" : String.join(", ", d.positions())));
            }
            // the template ends the point with its own full stop: «… Иванову И. И.» must not print «И. И..»
            model.put(
                    "curator",
                    order.details() == null
                            ? DocumentModels.BLANK
                            : order.details().replaceAll("\\.+$", ""));
        }
        model.put("acquainted", sheet);
        events.publishEvent(new AuditEvent(
                order.organisation(),
                AuditAction.GENERATE,
                "MentorshipOrder",
                order.id(),
                "сформирован приказ: " + view.title()));
        String template = switch (order.kind()) {
            case PROGRAMME_APPROVAL -> MentorshipTemplates.PROGRAMME_ORDER;
            case REGULATION -> MentorshipTemplates.REGULATION_ORDER;
            case TERMINATION -> MentorshipTemplates.TERMINATION_ORDER;
            case COMPLETION -> MentorshipTemplates.COMPLETION_ORDER;
            default -> MentorshipTemplates.ORDER;
        };
        byte[] docx = parts.render(order.organisation(), template, model);
        if (order.kind() == OrderKind.REGULATION) {
            // the Regulation and the roadmap are the order's appendices № 1 and № 2: printed after it, each from a new
            // page
            List<byte[]> all = new ArrayList<>(List.of(docx));
            all.addAll(regulation.appendices(caller, order));
            docx = DocxTemplates.concatenate(all);
        }
        return new DocumentFile(DocumentFileNames.order(view, "docx"), docx);
    }

    /** The same order as a PDF, with its appendices. */
    public DocumentFile orderPdf(NastavnikPrincipal caller, UUID orderId) {
        return order(caller, orderId).toPdf();
    }

    /** The same, asked for on behalf of {@code organisation}: the pair's school or the mentor's employer. */
    @Transactional
    public DocumentFile agreement(
            NastavnikPrincipal caller, OrganisationId organisation, MentorshipId id, PersonId mentor) {
        Mentorship pair = repository.findById(id.value()).orElseThrow(NotFoundException::new);
        if (!pair.organisation().equals(organisation)
                && !pair.employerOf(mentor).map(organisation::equals).orElse(false)) {
            throw new NotFoundException();
        }
        return agreement(caller, id, mentor);
    }

    /**
     * The supplementary agreement of one mentor of a pair or group. The mentor's employer concludes it (Labour
     * Code art. 351.8): for a mentor of another school, that school, not the one the pair belongs to. A writing
     * transaction: drafting it records the pair's payment term when it has none (one request, one connection).
     */
    @Transactional
    public DocumentFile agreement(NastavnikPrincipal caller, MentorshipId id, PersonId mentor) {
        Mentorship pair = repository.findById(id.value()).orElseThrow(NotFoundException::new);
        OrganisationId employer = employerPrinting(caller, pair, mentor);
        Map<PersonId, StaffData> people = parts.people(caller, employer, pair.current(MemberRole.MENTEE));
        StaffData data = people.get(mentor);
        if (data == null) {
            throw InvalidInputException.of("mentor", "mentorship.agreement.otherSchool");
        }
        MentorshipView v = pair.view(p -> "");
        Map<String, Object> model = new LinkedHashMap<>();
        OrganisationSummary school = parts.organisation(employer);
        Map<String, List<String>> own = DocumentModels.overrides(school);
        model.put("organisation", DocumentModels.organisation(school));
        model.put("mentor", DocumentModels.person(data, own));
        model.put(
                "mentees",
                pair.current(MemberRole.MENTEE).stream()
                        .map(p -> inCase(people.get(p), GrammaticalCase.GENITIVE, own))
                        .collect(Collectors.joining("; ")));
        model.put("form", v.form());
        model.put("startsOn", Dates.DATE.format(v.startsOn()));
        model.put("endsOn", Dates.DATE.format(v.endsOn()));
        model.put("payment", payment(caller, pair, v, school));
        events.publishEvent(new AuditEvent(
                employer,
                AuditAction.GENERATE,
                "Person",
                mentor.value(),
                "сформировано дополнительное соглашение о наставничестве"));
        if (!employer.equals(pair.organisation())) {
            // the mentees' school learns that their names went into another school's agreement
            pair.current(MemberRole.MENTEE)
                    .forEach(m -> events.publishEvent(new AuditEvent(
                            pair.organisation(),
                            AuditAction.READ,
                            "Person",
                            m.value(),
                            "указан в дополнительном соглашении наставника другой школы")));
        }
        return new DocumentFile(
                DocumentFileNames.agreement(data), parts.render(employer, MentorshipTemplates.AGREEMENT, model));
    }

    /**
     * The amount and conditions of the payment the agreement states (Labour Code art. 351.8): the pair's own term,
     * recorded now if it had none; a mentor of another school is paid by her employer, whose setting is printed, as
     * it is when the pair's school has no payment rule yet.
     */
    private String payment(NastavnikPrincipal caller, Mentorship pair, MentorshipView v, OrganisationSummary employer) {
        java.util.Optional<String> agreed =
                employer.id() != null && employer.id().equals(pair.organisation())
                        ? paymentTerms.agreement(v.id(), caller.fullName())
                        : java.util.Optional.empty();
        return agreed.orElseGet(
                () -> "в размере " + DocumentModels.organisation(employer).get("mentoringPayment"));
    }

    /** The same, asked for on behalf of {@code organisation}: the pair's school or the mentor's employer. */
    public ru.nastavnik.consent.GeneratedFile dutiesConsent(
            NastavnikPrincipal caller, OrganisationId organisation, MentorshipId id, PersonId mentor) {
        Mentorship pair = repository.findById(id.value()).orElseThrow(NotFoundException::new);
        if (!pair.organisation().equals(organisation)
                && !pair.employerOf(mentor).map(organisation::equals).orElse(false)) {
            throw new NotFoundException();
        }
        return dutiesConsent(caller, id, mentor);
    }

    /** The mentor's consent to this pair's mentoring, filled in (the first document of the art. 351.8 chain). */
    public ru.nastavnik.consent.GeneratedFile dutiesConsent(
            NastavnikPrincipal caller, MentorshipId id, PersonId mentor) {
        Mentorship pair = repository.findById(id.value()).orElseThrow(NotFoundException::new);
        OrganisationId employer = employerPrinting(caller, pair, mentor);
        Map<PersonId, StaffData> people = parts.people(caller, employer, pair.current(MemberRole.MENTEE));
        Map<String, List<String>> own = DocumentModels.overrides(parts.organisation(employer));
        MentorshipView v = pair.view(p -> "");
        String mentees = pair.current(MemberRole.MENTEE).stream()
                .map(p -> inCase(people.get(p), GrammaticalCase.GENITIVE, own))
                .collect(Collectors.joining("; "));
        return consentForms.mentoringDuties(
                caller, employer, mentor, new MentoringTerms(mentees, v.form(), v.startsOn(), v.endsOn()));
    }

    /**
     * The organisation that prints a mentor's documents of a pair: the mentor's employer (Labour Code art. 351.8),
     * for a mentor of another school that school, and only its director or curator.
     */
    private static OrganisationId employerPrinting(NastavnikPrincipal caller, Mentorship pair, PersonId mentor) {
        OrganisationId employer = pair.employerOf(mentor).orElse(pair.organisation());
        if (!caller.hasAnyIn(employer, Role.DIRECTOR, Role.CURATOR)) {
            Mentorships.check(caller, pair.organisation());
            throw InvalidInputException.of(
                    "mentor",
                    pair.current(MemberRole.MENTOR).contains(mentor)
                            ? "mentorship.agreement.otherSchool"
                            : "mentorship.member.unknown");
        }
        if (!pair.current(MemberRole.MENTOR).contains(mentor)) {
            throw InvalidInputException.of("mentor", "mentorship.member.unknown");
        }
        return employer;
    }

    /** The members of an ended pair: those whose period ended last (the pair's final composition). */
    static List<PersonId> lastOf(MentorshipView pair, MemberRole role) {
        List<PersonId> last = pair.members().stream()
                .filter(m -> m.role() == role)
                .filter(m -> pair.endedOn() == null || pair.endedOn().equals(m.to()))
                .map(MemberView::personId)
                .toList();
        // a completed pair keeps its members current: those are its last ones
        return !last.isEmpty() || pair.endedOn() == null
                ? last
                : pair.members().stream()
                        .filter(m -> m.role() == role && m.to() == null)
                        .map(MemberView::personId)
                        .toList();
    }

    /** «Сидорова Олега Петровича, учителя математики»: the agreement names the mentees in the genitive. */
    static String inCase(StaffData d, GrammaticalCase grammaticalCase, Map<String, List<String>> overrides) {
        if (d == null) {
            return "—";
        }
        String name = NameDeclension.fullName(
                PersonName.of(d.lastName(), d.firstName(), d.middleName(), d.gender()), grammaticalCase);
        return d.positions().isEmpty() ? name : name + ", " + DocumentModels.positions(d, grammaticalCase, overrides);
    }
}
