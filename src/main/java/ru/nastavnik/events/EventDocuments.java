package ru.nastavnik.events;

import java.io.ByteArrayInputStream;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.documents.DocumentTemplates;
import ru.nastavnik.documents.DocxTemplates;
import ru.nastavnik.documents.FileType;
import ru.nastavnik.documents.PdfRenderer;
import ru.nastavnik.organisation.OrganisationSummary;
import ru.nastavnik.organisation.Organisations;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffProfiles;
import ru.nastavnik.people.StaffView;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The organiser's documents from the organisation's templates: the attendance sheet of those registered, and the
 * protocol (with those present as its appendix) of a seminar, conference or round table.
 */
@Service
@Transactional
public class EventDocuments {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final EventManagement management;
    private final DocumentTemplates templates;
    private final Organisations organisations;
    private final StaffProfiles profiles;
    private final EventAccess access;
    private final EventAudit audit;
    private final MessageSource messages;
    private final RoundTableDecisions decisions;

    EventDocuments(EventManagement management, DocumentTemplates templates, Organisations organisations,
            StaffProfiles profiles, EventAccess access, EventAudit audit, MessageSource messages, RoundTableDecisions decisions) {
        this.messages = messages;
        this.decisions = decisions;
        this.management = management;
        this.templates = templates;
        this.organisations = organisations;
        this.profiles = profiles;
        this.access = access;
        this.audit = audit;
    }

    public EventView saveProtocol(NastavnikPrincipal caller, EventId id, Long readVersion, ProtocolDetails details) {
        Event event = management.changing(caller, id);
        event.recordProtocol(readVersion, details);
        return event.view();
    }

    public EventFile attendanceSheet(NastavnikPrincipal caller, EventId id, boolean pdf) {
        Event event = management.organised(caller, id);
        Map<String, Object> model = common(event);
        model.put("participants", people(event, RegistrationStatus.REGISTERED, false, "лист регистрации мероприятия"));
        return file(event, EventTemplates.ATTENDANCE_SHEET, model, "Лист регистрации", pdf);
    }

    public EventFile protocol(NastavnikPrincipal caller, EventId id, boolean pdf) {
        Event event = management.organised(caller, id);
        ProtocolDetails protocol = event.protocolToPrint();
        Map<String, Object> model = common(event);
        List<Map<String, Object>> present = people(event, RegistrationStatus.REGISTERED, true, "протокол мероприятия");
        model.put("present", Map.of("count", present.size(), "people", present));
        model.put("protocol", Map.of("number", protocol.number(), "chair", protocol.chair(), "secretary", protocol.secretary(),
                "heard", text(protocol.heard()), "spoke", text(protocol.spoke()), "decided", decided(event, protocol)));
        return file(event, EventTemplates.PROTOCOL, model, "Протокол № " + protocol.number(), pdf);
    }

    private Map<String, Object> common(Event event) {
        EventView e = event.view();
        OrganisationSummary organiser = organisations.find(e.organisationId()).orElseThrow(NotFoundException::new);
        Map<String, Object> model = new LinkedHashMap<>();
        String founder = organiser.requisites() == null || organiser.requisites().founder() == null ? "" : organiser.requisites().founder();
        String locality = organiser.requisites() == null || organiser.requisites().locality() == null ? "" : organiser.requisites().locality();
        model.put("organisation", Map.of("name", organiser.name(), "shortName", organiser.shortName() == null ? organiser.name()
                : organiser.shortName(), "founder", founder, "locality", locality));
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("title", e.title());
        facts.put("kind", e.customKind() != null ? e.customKind() : messages.getMessage(e.kind().messageKey(), null, RUSSIAN));
        facts.put("date", DATE.format(e.startsAt().atZone(e.zone())));
        facts.put("period", e.period());
        facts.put("place", e.place() != null ? e.place() : e.onlineLink());
        facts.put("organiser", access.name(e.organisationId()));
        model.put("event", facts);
        model.put("agenda", e.agenda().stream().map(a -> Map.of("time", a.time() == null ? "" : a.time().toString(),
                "topic", a.topic(), "speaker", a.speakerText() == null ? "" : a.speakerText())).toList());
        return model;
    }

    /** Those registered (or, for a protocol, those who came), by name; printing them is audited in each one's school. */
    private List<Map<String, Object>> people(Event event, RegistrationStatus status, boolean attendedOnly, String why) {
        List<Registration> chosen = event.registrations().stream()
                .filter(r -> r.status() == status && (!attendedOnly || r.attended())).toList();
        Map<PersonId, StaffView> staff = profiles.of(chosen.stream().map(Registration::person).toList());
        audit.people(chosen.stream().collect(Collectors.toMap(Registration::person, Registration::school, (a, b) -> a)),
                AuditAction.GENERATE, why + " «" + event.view().title() + "»");
        return chosen.stream().filter(r -> staff.containsKey(r.person())).map(r -> {
                    StaffView v = staff.get(r.person());
                    return Map.<String, Object>of("fullName", v.data().fullName(), "school", access.name(r.school()),
                            "position", String.join(", ", v.data().positions()));
                })
                .sorted(Comparator.comparing(m -> (String) m.get("fullName"))).toList();
    }

    private EventFile file(Event event, String kind, Map<String, Object> model, String name, boolean pdf) {
        byte[] docx = DocxTemplates.render(new ByteArrayInputStream(templates.current(event.organisation(), kind)), model);
        String fileName = name + " — " + event.view().title();
        return pdf ? new EventFile(fileName + ".pdf", FileType.PDF.contentType(), PdfRenderer.fromDocx(docx))
                : new EventFile(fileName + ".docx", FileType.DOCX.contentType(), docx);
    }

    /** What the secretary wrote, then the round table's decisions on practices as recorded. */
    private String decided(Event event, ProtocolDetails protocol) {
        String onPractices = decisions.protocolText(event);
        return java.util.stream.Stream.of(protocol.decided(), onPractices).filter(t -> t != null && !t.isBlank())
                .collect(Collectors.joining("\n"));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
