package ru.nastavnik.mentorship.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.consent.DocumentModels;
import ru.nastavnik.documents.DocxTemplates;
import ru.nastavnik.mentorship.DocumentFile;
import ru.nastavnik.mentorship.EndInitiator;
import ru.nastavnik.mentorship.MemberView;
import ru.nastavnik.mentorship.MentorshipView;
import ru.nastavnik.mentorship.OrderKind;
import ru.nastavnik.mentorship.OrderView;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffData;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Dates;

/**
 * The orders as documents ({@link PairDocuments#order}): the pairs as a table, the familiarisation sheet, and a
 * Regulation order's appendices after it.
 */
@Service
@Transactional(readOnly = true)
class OrderDocuments {

    private final MentorshipRepository repository;
    private final OrderRepository orders;
    private final DocumentParts parts;
    private final ApplicationEventPublisher events;
    private final RegulationAppendices regulation;
    private final MessageSource messages;
    private final PaymentClause payment;

    OrderDocuments(
            MentorshipRepository repository,
            OrderRepository orders,
            DocumentParts parts,
            ApplicationEventPublisher events,
            RegulationAppendices regulation,
            MessageSource messages,
            PaymentClause payment) {
        this.messages = messages;
        this.payment = payment;
        this.repository = repository;
        this.orders = orders;
        this.parts = parts;
        this.events = events;
        this.regulation = regulation;
    }

    /** The order as a DOCX; a draft shows blanks where the number and date will go once it is signed. */
    DocumentFile order(NastavnikPrincipal caller, UUID orderId) {
        MentorshipOrder order = orders.findById(orderId).orElseThrow(NotFoundException::new);
        PairManagement.check(caller, order.organisation());
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
        Map<String, Object> organisation = DocumentModels.organisation(parts.organisation(order.organisation()));
        model.put("organisation", organisation);
        model.put("orderPayment", payment.of(order.organisation(), organisation));
        model.put(
                "order",
                Map.of(
                        "number",
                        view.number() == null ? "______" : view.number(),
                        "date",
                        view.orderDate() == null
                                ? "«____» ______________ 20___ г."
                                : Dates.DATE.format(view.orderDate()),
                        // programmes approved by the order are its appendices, numbered as its table's rows
                        "appendices",
                        DocumentPhrases.appendices(pairs.size(), messages)));
        Set<String> sharedNames = DocumentPhrases.sharedNames(people.values());
        java.util.function.Function<StaffData, String> position =
                d -> DocumentPhrases.position(d, sharedNames, messages);
        List<Map<String, Object>> rows = new ArrayList<>();
        Set<PersonId> acquainted = new LinkedHashSet<>();
        int n = 1;
        for (OrderRows.Row r : OrderRows.of(order.kind(), pairs, parts.sortNames(pairs))) {
            MentorshipView v = r.view();
            List<PersonId> mentors = r.mentors();
            List<PersonId> mentees = r.mentees();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("number", Integer.toString(n++));
            row.put("mentors", DocumentParts.describe(mentors, people, position));
            row.put("mentees", DocumentParts.describe(mentees, people, position));
            row.put("form", v.form());
            row.put("period", Dates.DATE.format(v.startsOn()) + " – " + Dates.DATE.format(v.endsOn()));
            LocalDate endOn = v.endedOn() != null ? v.endedOn() : v.terminationDueOn();
            // a programme completed before its term is completed early, and the order says so
            boolean early = order.kind() == OrderKind.COMPLETION
                    && endOn != null
                    && v.endsOn() != null
                    && endOn.isBefore(v.endsOn());
            row.put(
                    "endedOn",
                    endOn == null ? "" : early ? DocumentPhrases.early(endOn, messages) : Dates.DATE.format(endOn));
            row.put(
                    "reason",
                    v.endReason() == null
                            ? ""
                            : v.endInitiator() == EndInitiator.EMPLOYER && v.noticeOn() != null
                                    ? DocumentPhrases.reasonWithNotice(v.endReason(), v.noticeOn(), messages)
                                    : v.endReason());
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
                    d == null ? "" : position.apply(d)));
        }
        if (order.kind() == OrderKind.REGULATION) {
            // everybody on the staff is familiarised with the Regulation (Labour Code art. 22)
            sheet.clear();
            int k = 1;
            for (StaffData d : people.values().stream()
                    .sorted(java.util.Comparator.comparing(StaffData::fullName, ru.nastavnik.shared.RussianOrder.NAMES))
                    .toList()) {
                sheet.add(Map.of(
                        "number", Integer.toString(k++), "fullName", d.fullName(), "position", position.apply(d)));
            }
            // the template ends the point with its own full stop: «… Иванову И. И.» must not print «И. И..»
            model.put(
                    "curator",
                    order.details() == null
                            ? DocumentModels.BLANK
                            : order.details().replaceAll("\\.+$", ""));
        }
        model.put("acquainted", sheet);
        // the order names its people (the pairs, or the whole staff to be familiarised): the record names them too
        events.publishEvent(new AuditEvent(
                order.organisation(),
                AuditAction.GENERATE,
                "MentorshipOrder",
                order.id(),
                "сформирован приказ: " + view.title(),
                people.keySet().stream().map(PersonId::value).toList()));
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
        return new DocumentFile(DocumentFileNames.order(view, "docx", messages), docx);
    }
}
