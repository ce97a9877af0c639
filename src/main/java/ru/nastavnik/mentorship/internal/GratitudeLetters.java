package ru.nastavnik.mentorship.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.consent.DocumentModels;
import ru.nastavnik.documents.DocxTemplates;
import ru.nastavnik.documents.GrammaticalCase;
import ru.nastavnik.mentorship.DocumentFile;
import ru.nastavnik.mentorship.MemberRole;
import ru.nastavnik.mentorship.MemberView;
import ru.nastavnik.mentorship.MentorshipView;
import ru.nastavnik.mentorship.OrderKind;
import ru.nastavnik.mentorship.OrderView;
import ru.nastavnik.organisation.OrganisationSummary;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffData;
import ru.nastavnik.shared.Gender;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.SheetTexts;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Dates;

/**
 * The «благодарность» a completion order announces: one page for each mentor of its pairs who works at the school,
 * her name and position in the dative, the mentees named, the order's number and date.
 */
@Service
@Transactional(readOnly = true)
public class GratitudeLetters {

    private final OrderRepository orders;
    private final MentorshipRepository mentorships;
    private final DocumentParts parts;
    private final ApplicationEventPublisher events;
    private final SheetTexts texts;

    GratitudeLetters(
            OrderRepository orders,
            MentorshipRepository mentorships,
            DocumentParts parts,
            ApplicationEventPublisher events,
            SheetTexts texts) {
        this.texts = texts;
        this.orders = orders;
        this.mentorships = mentorships;
        this.parts = parts;
        this.events = events;
    }

    public DocumentFile of(NastavnikPrincipal caller, java.util.UUID orderId) {
        MentorshipOrder order = orders.findById(orderId).orElseThrow(NotFoundException::new);
        PairManagement.check(caller, order.organisation());
        if (order.kind() != OrderKind.COMPLETION) {
            throw InvalidInputException.of("order", "mentorship.order.gratitude.kind");
        }
        OrderView view = order.view();
        List<Mentorship> pairs = mentorships.findAllIn(order.mentorships());
        List<PersonId> everyone = pairs.stream()
                .flatMap(p -> p.view(x -> "").members().stream())
                .map(MemberView::personId)
                .distinct()
                .toList();
        Map<PersonId, StaffData> people = parts.people(caller, order.organisation(), everyone);
        OrganisationSummary school = parts.organisation(order.organisation());
        Map<String, List<String>> own = DocumentModels.overrides(school);
        List<byte[]> pages = new ArrayList<>();
        List<java.util.UUID> thanked = new ArrayList<>();
        for (Mentorship pair : pairs) {
            MentorshipView v = pair.view(x -> "");
            List<PersonId> menteeIds = PairDocuments.lastOf(v, MemberRole.MENTEE);
            String mentees = menteeIds.stream()
                    .map(m -> people.containsKey(m) ? people.get(m).fullName() : "—")
                    .collect(Collectors.joining(", "));
            String menteeKey = menteeIds.size() > 1
                    ? "house.gratitude.mentees"
                    : menteeIds.stream().map(people::get).anyMatch(d -> d != null && d.gender() == Gender.FEMALE)
                            ? "house.gratitude.mentee.female"
                            : "house.gratitude.mentee";
            for (PersonId mentor : PairDocuments.lastOf(v, MemberRole.MENTOR)) {
                if (!people.containsKey(mentor)
                        || !pair.employerOf(mentor)
                                .map(order.organisation()::equals)
                                .orElse(true)) {
                    continue;
                }
                Map<String, Object> model = new LinkedHashMap<>();
                model.put("organisation", DocumentModels.organisation(school));
                model.put(
                        "order",
                        Map.of(
                                "number",
                                view.number() == null ? "______" : view.number(),
                                "date",
                                view.orderDate() == null
                                        ? "«____» ______________ 20___ г."
                                        : Dates.DATE.format(view.orderDate())));
                model.put(
                        "gratitude",
                        Map.of(
                                "mentor",
                                PairDocuments.inCase(people.get(mentor), GrammaticalCase.DATIVE, own),
                                "mentees",
                                texts.text(menteeKey, mentees)));
                pages.add(parts.render(order.organisation(), MentorshipTemplates.GRATITUDE, model));
                thanked.add(mentor.value());
            }
        }
        if (pages.isEmpty()) {
            throw InvalidInputException.of("order", "mentorship.order.gratitude.nobody");
        }
        events.publishEvent(AuditEvent.ofMany(
                order.organisation(),
                AuditAction.GENERATE,
                "Person",
                thanked,
                "благодарности наставникам по приказу о завершении программ"));
        return new DocumentFile(
                view.number() == null
                        ? texts.text("house.gratitude.file")
                        : texts.text("house.gratitude.file.numbered", view.number()),
                DocxTemplates.concatenate(pages));
    }
}
