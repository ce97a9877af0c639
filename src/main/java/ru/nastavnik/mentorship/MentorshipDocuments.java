package ru.nastavnik.mentorship;

import java.io.ByteArrayInputStream;
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

import ru.nastavnik.consent.DocumentModels;
import ru.nastavnik.documents.DocumentTemplates;
import ru.nastavnik.documents.DocxTemplates;
import ru.nastavnik.documents.GrammaticalCase;
import ru.nastavnik.documents.NameDeclension;
import ru.nastavnik.documents.PdfRenderer;
import ru.nastavnik.documents.PersonName;
import ru.nastavnik.organisation.OrganisationSummary;
import ru.nastavnik.organisation.Organisations;
import ru.nastavnik.organisation.Requisites;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffData;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.people.StaffProfiles;
import ru.nastavnik.people.StaffView;
import ru.nastavnik.shared.Gender;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Dates;

/** Fills the order and the supplementary agreement from the organisation's current templates. */
@Service
@Transactional(readOnly = true)
public class MentorshipDocuments {

    private final Programmes programmes;
    private final MentorshipRepository repository;
    private final OrderRepository orders;
    private final DocumentTemplates templates;
    private final Organisations organisations;
    private final StaffManagement staff;
    private final StaffProfiles profiles;
    private final ApplicationEventPublisher events;

    MentorshipDocuments(Programmes programmes, MentorshipRepository repository, OrderRepository orders,
            DocumentTemplates templates, Organisations organisations, StaffManagement staff, StaffProfiles profiles,
            ApplicationEventPublisher events) {
        this.profiles = profiles;
        this.programmes = programmes;
        this.repository = repository;
        this.orders = orders;
        this.templates = templates;
        this.organisations = organisations;
        this.staff = staff;
        this.events = events;
    }

    /** The order as a DOCX; a draft shows blanks where the number and date will go once it is signed. */
    public byte[] order(NastavnikPrincipal caller, UUID orderId) {
        MentorshipOrder order = orders.findById(orderId).orElseThrow(NotFoundException::new);
        Mentorships.check(caller, order.organisation());
        OrderView view = order.view();
        List<Mentorship> pairs = repository.findAllIn(order.mentorships());
        Map<PersonId, StaffData> people = order.kind() == OrderKind.REGULATION ? people(caller, order.organisation())
                : people(caller, order.organisation(), pairs.stream().flatMap(p -> p.view(x -> "").members().stream())
                        .map(MemberView::personId).toList());
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("organisation", DocumentModels.organisation(organisation(order.organisation())));
        model.put("order", Map.of("number", view.number() == null ? "______" : view.number(),
                "date", view.orderDate() == null ? "«____» ______________ 20___ г." : Dates.DATE.format(view.orderDate())));
        List<Map<String, Object>> rows = new ArrayList<>();
        Set<PersonId> acquainted = new LinkedHashSet<>();
        int n = 1;
        for (Mentorship pair : pairs) {
            MentorshipView v = pair.view(p -> "");
            boolean ended = order.kind() == OrderKind.TERMINATION && v.status().ended();
            List<PersonId> mentors = ended ? lastOf(v, MemberRole.MENTOR) : pair.current(MemberRole.MENTOR);
            List<PersonId> mentees = ended ? lastOf(v, MemberRole.MENTEE) : pair.current(MemberRole.MENTEE);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("number", Integer.toString(n++));
            row.put("mentors", describe(mentors, people));
            row.put("mentees", describe(mentees, people));
            row.put("form", v.form());
            row.put("period", Dates.DATE.format(v.startsOn()) + " – " + Dates.DATE.format(v.endsOn()));
            LocalDate endOn = v.endedOn() != null ? v.endedOn() : v.terminationDueOn();
            row.put("endedOn", endOn == null ? "" : Dates.DATE.format(endOn));
            row.put("reason", v.endReason() == null ? "" : v.endReason()
                    + (v.endInitiator() == EndInitiator.EMPLOYER && v.noticeOn() != null
                            ? " (уведомление от " + Dates.DATE.format(v.noticeOn()) + ")" : ""));
            rows.add(row);
            acquainted.addAll(mentors);
            acquainted.addAll(mentees);
        }
        model.put("pairs", rows);
        List<Map<String, Object>> sheet = new ArrayList<>();
        int m = 1;
        for (PersonId person : acquainted) {
            StaffData d = people.get(person);
            sheet.add(Map.of("number", Integer.toString(m++), "fullName", d == null ? "—" : d.fullName(),
                    "position", d == null || d.positions().isEmpty() ? "" : String.join(", ", d.positions())));
        }
        if (order.kind() == OrderKind.REGULATION) {
            // everybody on the staff is familiarised with the Regulation (Labour Code art. 22)
            sheet.clear();
            int k = 1;
            for (StaffData d : people.values().stream().sorted(java.util.Comparator.comparing(StaffData::fullName)).toList()) {
                sheet.add(Map.of("number", Integer.toString(k++), "fullName", d.fullName(),
                        "position", d.positions().isEmpty() ? "" : String.join(", ", d.positions())));
            }
            model.put("curator", order.details() == null ? DocumentModels.BLANK : order.details());
        }
        model.put("acquainted", sheet);
        events.publishEvent(new AuditEvent(order.organisation(), AuditAction.GENERATE, "MentorshipOrder", order.id(),
                "сформирован приказ: " + view.title()));
        String template = switch (order.kind()) {
            case PROGRAMME_APPROVAL -> MentorshipTemplates.PROGRAMME_ORDER;
            case REGULATION -> MentorshipTemplates.REGULATION_ORDER;
            case TERMINATION -> MentorshipTemplates.TERMINATION_ORDER;
            default -> MentorshipTemplates.ORDER;
        };
        return render(order.organisation(), template, model);
    }

    /** The same, asked for on behalf of {@code organisation}: the pair's school or the mentor's employer. */
    public byte[] agreement(NastavnikPrincipal caller, OrganisationId organisation, MentorshipId id, PersonId mentor) {
        Mentorship pair = repository.findById(id.value()).orElseThrow(NotFoundException::new);
        if (!pair.organisation().equals(organisation) && !pair.employerOf(mentor).map(organisation::equals).orElse(false)) {
            throw new NotFoundException();
        }
        return agreement(caller, id, mentor);
    }

    /**
     * The supplementary agreement of one mentor of a pair or group. The mentor's employer concludes it (Labour
     * Code art. 351.8): for a mentor of another school, that school, not the one the pair belongs to.
     */
    public byte[] agreement(NastavnikPrincipal caller, MentorshipId id, PersonId mentor) {
        Mentorship pair = repository.findById(id.value()).orElseThrow(NotFoundException::new);
        OrganisationId employer = pair.employerOf(mentor).orElse(pair.organisation());
        if (!caller.hasAnyIn(employer, Role.DIRECTOR, Role.CURATOR)) {
            Mentorships.check(caller, pair.organisation());
            throw InvalidInputException.of("mentor", pair.current(MemberRole.MENTOR).contains(mentor)
                    ? "mentorship.agreement.otherSchool" : "mentorship.member.unknown");
        }
        if (!pair.current(MemberRole.MENTOR).contains(mentor)) {
            throw InvalidInputException.of("mentor", "mentorship.member.unknown");
        }
        Map<PersonId, StaffData> people = people(caller, employer, pair.current(MemberRole.MENTEE));
        StaffData data = people.get(mentor);
        if (data == null) {
            throw InvalidInputException.of("mentor", "mentorship.agreement.otherSchool");
        }
        MentorshipView v = pair.view(p -> "");
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("organisation", DocumentModels.organisation(organisation(employer)));
        model.put("mentor", DocumentModels.person(data));
        model.put("mentees", pair.current(MemberRole.MENTEE).stream().map(p -> inCase(people.get(p), GrammaticalCase.GENITIVE))
                .collect(Collectors.joining("; ")));
        model.put("form", v.form());
        model.put("startsOn", Dates.DATE.format(v.startsOn()));
        model.put("endsOn", Dates.DATE.format(v.endsOn()));
        events.publishEvent(new AuditEvent(employer, AuditAction.GENERATE, "Person", mentor.value(),
                "сформировано дополнительное соглашение о наставничестве"));
        if (!employer.equals(pair.organisation())) {
            // the mentees' school learns that their names went into another school's agreement
            pair.current(MemberRole.MENTEE).forEach(m -> events.publishEvent(new AuditEvent(pair.organisation(),
                    AuditAction.READ, "Person", m.value(), "указан в дополнительном соглашении наставника другой школы")));
        }
        return render(employer, MentorshipTemplates.AGREEMENT, model);
    }

    /** The programme document, filled from the programme and its pair. */
    public byte[] programme(NastavnikPrincipal caller, UUID id) {
        ProgrammeCard card = programmes.card(caller, id);
        ProgrammeView p = card.programme();
        Mentorship pair = repository.findById(p.mentorshipId().value()).orElseThrow(NotFoundException::new);
        // the card let the caller in: the curator or director, or a member of the pair, who may print her own
        // programme — with the names of the pair only
        Map<PersonId, StaffData> people = card.mayEdit()
                ? people(caller, p.organisationId(), pair.current(MemberRole.MENTOR))
                : members(pair);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("organisation", DocumentModels.organisation(organisation(p.organisationId())));
        model.put("mentors", describe(pair.current(MemberRole.MENTOR), people));
        model.put("mentees", describe(pair.current(MemberRole.MENTEE), people));
        model.put("form", card.pair().form());
        model.put("startsOn", Dates.DATE.format(p.startsOn()));
        model.put("endsOn", Dates.DATE.format(p.endsOn()));
        model.put("goal", p.goal());
        model.put("tasks", p.tasks() == null ? "" : p.tasks());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ActivityView a : p.activities()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("need", a.need() == null ? "" : a.need());
            row.put("title", a.title() + (a.form() == null ? "" : " (" + a.form() + ")"));
            row.put("due", Dates.DATE.format(a.dueOn()));
            row.put("responsible", RESPONSIBLE.get(a.responsible()));
            row.put("expected", a.expectedResult() == null ? "" : a.expectedResult());
            row.put("done", a.doneOn() == null ? "" : "выполнено " + Dates.DATE.format(a.doneOn())
                    + (a.resultNote() == null ? "" : ": " + a.resultNote()));
            rows.add(row);
        }
        model.put("activities", rows);
        model.put("menteeEvaluation", p.menteeEvaluation() == null ? "" : p.menteeEvaluation());
        model.put("mentorEvaluation", p.mentorEvaluation() == null ? "" : p.mentorEvaluation());
        model.put("mentorSignature", initials(pair.current(MemberRole.MENTOR), people));
        model.put("menteeSignature", initials(pair.current(MemberRole.MENTEE), people));
        events.publishEvent(new AuditEvent(p.organisationId(), AuditAction.GENERATE, "Programme", p.id(),
                "сформирован документ программы"));
        return render(p.organisationId(), MentorshipTemplates.PROGRAMME, model);
    }

    /** The same programme document as a PDF, for printing and viewing without Word. */
    public byte[] programmePdf(NastavnikPrincipal caller, UUID id) {
        return PdfRenderer.fromDocx(programme(caller, id));
    }

    private static final Map<ActivityRole, String> RESPONSIBLE = Map.of(ActivityRole.MENTOR, "наставник",
            ActivityRole.MENTEE, "наставляемый", ActivityRole.BOTH, "наставник и наставляемый", ActivityRole.CURATOR, "куратор");

    private static String initials(List<PersonId> persons, Map<PersonId, StaffData> people) {
        return persons.stream().map(people::get).filter(java.util.Objects::nonNull)
                .map(d -> NameDeclension.surnameWithInitials(PersonName.of(d.lastName(), d.firstName(), d.middleName(), d.gender()),
                        GrammaticalCase.NOMINATIVE))
                .collect(Collectors.joining(", "));
    }

    static Map<String, Object> sample() {
        StaffData mentor = new StaffData("Петрова", "Анна", "Ивановна", Gender.FEMALE, LocalDate.of(1975, 2, 3), null,
                List.of("учитель математики"), List.of("математика"), 25, 22, null, "высшее", null, null, null);
        OrganisationSummary school = new OrganisationSummary(null, null, null, "МБОУ «Средняя школа № 1»", "СШ № 1",
                "Europe/Moscow", new Requisites("г. Энск, ул. Школьная, д. 1", "3400000000", "1023400000000",
                        "https://school1.example.ru", "И. И. Петров", "Директор"));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("organisation", DocumentModels.organisation(school));
        model.put("order", Map.of("number", "15-о", "date", "01.09.2026"));
        model.put("pairs", List.of(Map.of("number", "1", "mentors", "Петрова Анна Ивановна, учитель математики",
                "mentees", "Сидоров Олег Петрович, учитель математики", "form", "традиционная (один на один)",
                "period", "01.09.2026 – 31.05.2027", "endedOn", "15.01.2027", "reason", "по инициативе наставника")));
        model.put("acquainted", List.of(Map.of("number", "1", "fullName", "Петрова Анна Ивановна", "position", "учитель")));
        model.put("curator", "заместителя директора Иванову И. И.");
        model.put("mentor", DocumentModels.person(mentor));
        model.put("mentees", "Сидорова Олега Петровича, учителя математики");
        model.put("form", "традиционная (один на один)");
        model.put("startsOn", "01.09.2026");
        model.put("endsOn", "31.05.2027");
        model.put("goal", "Успешная адаптация молодого специалиста");
        model.put("tasks", "— Дисциплина и мотивация на уроке");
        model.put("activities", List.of(Map.of("need", "Дисциплина и мотивация на уроке", "title", "Разбор ситуаций на уроке",
                "due", "15.10.2026", "responsible", "наставник и наставляемый", "expected", "Выстроены правила работы в классе",
                "done", "")));
        model.put("menteeEvaluation", "");
        model.put("mentorEvaluation", "");
        model.put("mentorSignature", "Петрова А. И.");
        model.put("menteeSignature", "Сидоров О. П.");
        return model;
    }

    private byte[] render(OrganisationId organisation, String kind, Map<String, Object> model) {
        return DocxTemplates.render(new ByteArrayInputStream(templates.current(organisation, kind)), model);
    }

    private OrganisationSummary organisation(OrganisationId id) {
        return organisations.find(id).orElseThrow(NotFoundException::new);
    }

    private Map<PersonId, StaffData> people(NastavnikPrincipal caller, OrganisationId organisation) {
        return staff.current(caller, organisation).stream().collect(Collectors.toMap(StaffView::id, StaffView::data));
    }

    private Map<PersonId, StaffData> members(Mentorship pair) {
        Map<PersonId, StaffData> people = new java.util.HashMap<>();
        List<PersonId> members = java.util.stream.Stream.concat(pair.current(MemberRole.MENTOR).stream(),
                pair.current(MemberRole.MENTEE).stream()).toList();
        profiles.of(members).forEach((person, view) -> people.put(person, view.data()));
        return people;
    }

    /** The organisation's staff and the members of its pairs who work elsewhere (mentors from the shared bank). */
    private Map<PersonId, StaffData> people(NastavnikPrincipal caller, OrganisationId organisation,
            java.util.Collection<PersonId> members) {
        Map<PersonId, StaffData> people = new java.util.HashMap<>(people(caller, organisation));
        List<PersonId> elsewhere = members.stream().filter(p -> !people.containsKey(p)).distinct().toList();
        if (!elsewhere.isEmpty()) {
            profiles.of(elsewhere).forEach((id, view) -> people.put(id, view.data()));
        }
        return people;
    }

    private static String describe(List<PersonId> persons, Map<PersonId, StaffData> people) {
        return persons.stream().map(p -> {
            StaffData d = people.get(p);
            return d == null ? "—" : d.fullName() + (d.positions().isEmpty() ? "" : ", " + String.join(", ", d.positions()));
        }).collect(Collectors.joining("; "));
    }

    /** The members of an ended pair: those whose period ended last (the pair's final composition). */
    private static List<PersonId> lastOf(MentorshipView pair, MemberRole role) {
        return pair.members().stream().filter(m -> m.role() == role)
                .filter(m -> pair.endedOn() == null || pair.endedOn().equals(m.to()))
                .map(MemberView::personId).toList();
    }

    /** «Сидорова Олега Петровича, учителя математики»: the agreement names the mentees in the genitive. */
    private static String inCase(StaffData d, GrammaticalCase grammaticalCase) {
        if (d == null) {
            return "—";
        }
        String name = NameDeclension.fullName(PersonName.of(d.lastName(), d.firstName(), d.middleName(), d.gender()), grammaticalCase);
        return d.positions().isEmpty() ? name : name + " (" + String.join(", ", d.positions()) + ")";
    }
}
