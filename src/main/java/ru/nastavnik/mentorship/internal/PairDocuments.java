package ru.nastavnik.mentorship.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.consent.ConsentForms;
import ru.nastavnik.consent.DocumentModels;
import ru.nastavnik.consent.MentoringTerms;
import ru.nastavnik.documents.GrammaticalCase;
import ru.nastavnik.documents.NameDeclension;
import ru.nastavnik.documents.PersonName;
import ru.nastavnik.mentorship.DocumentFile;
import ru.nastavnik.mentorship.MemberRole;
import ru.nastavnik.mentorship.MemberView;
import ru.nastavnik.mentorship.MentorshipDocuments;
import ru.nastavnik.mentorship.MentorshipId;
import ru.nastavnik.mentorship.MentorshipView;
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

/**
 * Fills the orders ({@link OrderDocuments}) and a mentor's documents of a pair — the supplementary agreement, the
 * consent to the duties — from the organisation's current templates.
 */
@Service
@Transactional(readOnly = true)
public class PairDocuments implements MentorshipDocuments {

    private final MentorshipRepository repository;
    private final OrderDocuments orderDocuments;
    private final DocumentParts parts;
    private final ApplicationEventPublisher events;
    private final ConsentForms consentForms;
    private final PairPaymentTerms paymentTerms;
    private final MessageSource messages;

    PairDocuments(
            MentorshipRepository repository,
            OrderDocuments orderDocuments,
            DocumentParts parts,
            ApplicationEventPublisher events,
            ConsentForms consentForms,
            PairPaymentTerms paymentTerms,
            MessageSource messages) {
        this.messages = messages;
        this.paymentTerms = paymentTerms;
        this.repository = repository;
        this.orderDocuments = orderDocuments;
        this.parts = parts;
        this.events = events;
        this.consentForms = consentForms;
    }

    /** The order as a DOCX; a draft shows blanks where the number and date will go once it is signed. */
    public DocumentFile order(NastavnikPrincipal caller, UUID orderId) {
        return orderDocuments.order(caller, orderId);
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
        List<PersonId> mentees = pair.current(MemberRole.MENTEE);
        model.put(
                "mentee",
                DocumentPhrases.mentee(
                        mentees.size(),
                        mentees.size() == 1
                                && people.get(mentees.get(0)) != null
                                && people.get(mentees.get(0)).gender() == ru.nastavnik.shared.Gender.FEMALE,
                        messages));
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
                DocumentFileNames.agreement(data, messages),
                parts.render(employer, MentorshipTemplates.AGREEMENT, model));
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
        return agreed.orElseGet(() ->
                DocumentPhrases.payment(DocumentModels.organisation(employer).get("mentoringPayment"), messages));
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
            PairManagement.check(caller, pair.organisation());
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
