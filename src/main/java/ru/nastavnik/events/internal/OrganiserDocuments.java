package ru.nastavnik.events.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.events.EventDocuments;
import ru.nastavnik.events.EventFile;
import ru.nastavnik.events.EventId;
import ru.nastavnik.events.EventView;
import ru.nastavnik.events.ProtocolDetails;
import ru.nastavnik.events.RegistrationStatus;
import ru.nastavnik.shared.PublicBaseUrl;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The organiser's documents from the organisation's templates: the announcement to send out, the attendance sheet
 * of those registered, and the protocol (with those present as its appendix) of a seminar, conference or round table.
 * Other modules take the protocol through {@link EventDocuments}.
 */
@Service
@Transactional
public class OrganiserDocuments implements EventDocuments {

    private final EventManagement management;
    private final EventDocumentModel documents;
    private final EventAccess access;
    private final PublicBaseUrl site;
    private final Clock clock;
    private final RoundTableDecisionManagement decisions;
    private final org.springframework.context.ApplicationEventPublisher events;

    OrganiserDocuments(
            EventManagement management,
            EventDocumentModel documents,
            EventAccess access,
            PublicBaseUrl site,
            Clock clock,
            RoundTableDecisionManagement decisions,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.site = site;
        this.decisions = decisions;
        this.management = management;
        this.documents = documents;
        this.access = access;
        this.clock = clock;
    }

    public EventView saveProtocol(NastavnikPrincipal caller, EventId id, Long readVersion, ProtocolDetails details) {
        Event event = management.changing(caller, id);
        event.recordProtocol(readVersion, details);
        // the protocol names its chair and secretary; its decisions show on the public section as the outcome
        events.publishEvent(new ru.nastavnik.shared.audit.AuditEvent(
                event.organisation(),
                ru.nastavnik.shared.audit.AuditAction.UPDATE,
                "EventProtocol",
                id.value(),
                "протокол мероприятия"));
        return event.view();
    }

    /**
     * The announcement (объявление): what, when (with the time zone), where or the link, the programme, who is
     * invited and how to register (the event's page, where the invited answer).
     */
    public EventFile announcement(NastavnikPrincipal caller, EventId id, boolean pdf) {
        Event event = management.organised(caller, id);
        EventView e = event.view();
        if (e.status() == ru.nastavnik.events.EventStatus.PLANNED) {
            // a held or cancelled event's announcement is the copy sent out then; its hours can no longer change
            AgendaHours.requirePrintable(e);
        }
        Map<String, Object> model = documents.common(event);
        @SuppressWarnings("unchecked")
        Map<String, Object> facts = (Map<String, Object>) model.get("event");
        facts.put("description", e.description() == null ? "" : e.description());
        facts.put("link", e.onlineLink());
        facts.put("audience", audience(e));
        facts.put(
                "registration",
                documents.text("events.announcement.registration", site.of("/events/" + id))
                        + (e.capacity() == null
                                ? ""
                                : documents.text("events.announcement.capacity", String.valueOf(e.capacity()))));
        String today = EventDocumentModel.today(LocalDate.now(clock.withZone(e.zone())));
        facts.put("announcedOn", today);
        facts.put("dated", EventDocumentModel.dated((String) facts.get("locality"), today));
        return documents.file(
                event, EventTemplates.ANNOUNCEMENT, model, documents.text("events.document.announcement"), pdf);
    }

    /** Empty rows at the foot of the attendance sheet, for those who come without having been listed. */
    static final int BLANK_ROWS = 5;

    public EventFile attendanceSheet(NastavnikPrincipal caller, EventId id, boolean pdf) {
        Event event = management.organised(caller, id);
        Map<String, Object> model = documents.common(event);
        // those invited by name who did not answer online sign the paper sheet too, and a few blank rows take the
        // people who come without an invitation
        Map<ru.nastavnik.people.PersonId, ru.nastavnik.shared.OrganisationId> listed = chosen(event, false);
        documents.schoolsOf(event.invitedUnanswered()).forEach(listed::putIfAbsent);
        List<Map<String, Object>> rows = new java.util.ArrayList<>(documents.listed(
                listed, "лист регистрации мероприятия «" + event.view().title() + "»"));
        for (int blank = 0; blank < BLANK_ROWS; blank++) {
            rows.add(Map.of("fullName", "", "school", "", "position", ""));
        }
        model.put("participants", rows);
        return documents.file(
                event, EventTemplates.ATTENDANCE_SHEET, model, documents.text("events.document.attendanceSheet"), pdf);
    }

    @Override
    public EventFile protocol(NastavnikPrincipal caller, EventId id, boolean pdf) {
        Event event = management.organised(caller, id);
        ProtocolDetails protocol = event.protocolToPrint();
        Map<String, Object> model = documents.common(event);
        // those marked present, speakers too: the protocol's count is the event's and the indicators' (Event.speakers)
        List<Map<String, Object>> present = documents.listed(
                chosen(event, true), "протокол мероприятия «" + event.view().title() + "»");
        model.put("present", Map.of("count", present.size(), "people", present));
        model.put(
                "protocol",
                Map.of(
                        "number",
                        protocol.number(),
                        "chair",
                        protocol.chair(),
                        "secretary",
                        protocol.secretary(),
                        // the signature lines read «И. В. Петрова», initials first (ГОСТ Р 7.0.97)
                        "chairSignature",
                        ru.nastavnik.documents.NameDeclension.signature(protocol.chair()),
                        "secretarySignature",
                        ru.nastavnik.documents.NameDeclension.signature(protocol.secretary()),
                        "heard",
                        text(protocol.heard()),
                        "spoke",
                        text(protocol.spoke()),
                        "decided",
                        decided(event, protocol)));
        return documents.file(
                event,
                EventTemplates.PROTOCOL,
                model,
                documents.text("events.document.protocol", protocol.number()),
                pdf);
    }

    /** Those registered (or, for a protocol, those who came), each with her school. */
    private static Map<ru.nastavnik.people.PersonId, ru.nastavnik.shared.OrganisationId> chosen(
            Event event, boolean attendedOnly) {
        return event.registrations().stream()
                .filter(r -> r.status() == RegistrationStatus.REGISTERED && (!attendedOnly || r.attended()))
                .collect(Collectors.toMap(
                        Registration::person, Registration::school, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    /** Whom the event invites, without naming the people invited by name (an announcement is posted). */
    private String audience(EventView e) {
        String schools = e.schools().stream().map(access::name).collect(Collectors.joining(", "));
        String named = e.people().isEmpty()
                ? ""
                : documents.text(
                        "events.audience.invited", String.valueOf(e.people().size()));
        return schools.isEmpty()
                ? named
                : documents.text("events.audience.schools." + e.audience().name(), schools)
                        + (named.isEmpty() ? "" : "; " + named);
    }

    /** What the secretary wrote, then the round table's decisions on practices as recorded. */
    private String decided(Event event, ProtocolDetails protocol) {
        String onPractices = decisions.protocolText(event);
        return java.util.stream.Stream.of(protocol.decided(), onPractices)
                .filter(t -> t != null && !t.isBlank())
                .collect(Collectors.joining("\n"));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
