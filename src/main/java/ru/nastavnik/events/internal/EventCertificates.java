package ru.nastavnik.events.internal;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.documents.DocumentJobs;
import ru.nastavnik.documents.DocxTemplates;
import ru.nastavnik.documents.FileType;
import ru.nastavnik.documents.PdfRenderer;
import ru.nastavnik.events.AgendaEntry;
import ru.nastavnik.events.EventFile;
import ru.nastavnik.events.EventId;
import ru.nastavnik.events.EventStatus;
import ru.nastavnik.events.EventView;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffProfiles;
import ru.nastavnik.people.StaffView;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Certificates of participation (сертификат участника) for those who attended a held event, its speakers among them, one
 * page each: the organiser prints them all as one PDF in the background ({@link DocumentJobs}: progress and file in
 * the database, any node follows it); a participant downloads her own. None for an event not held, nor for one who
 * did not come.
 */
@Service
@Transactional
public class EventCertificates {

    static final String KIND = "event-certificates";

    private final EventManagement management;
    private final EventRepository events;
    private final EventAccess access;
    private final EventDocumentModel documents;
    private final StaffProfiles profiles;
    private final DocumentJobs jobs;
    private final CertificateRegister register;

    EventCertificates(
            EventManagement management,
            EventRepository events,
            EventAccess access,
            EventDocumentModel documents,
            StaffProfiles profiles,
            DocumentJobs jobs,
            CertificateRegister register) {
        this.management = management;
        this.events = events;
        this.access = access;
        this.documents = documents;
        this.profiles = profiles;
        this.jobs = jobs;
        this.register = register;
    }

    /** Starts printing everyone's certificates; the names are read (and audited) now, the pages rendered in the background. */
    public DocumentJobs.Job start(NastavnikPrincipal caller, EventId id) {
        Event event = management.organised(caller, id);
        requireHeld(event);
        if (jobs.busy(caller.id(), KIND)) {
            throw InvalidInputException.of("event", "event.certificate.busy");
        }
        Map<PersonId, Recipient> recipients = recipients(event);
        List<Map<String, Object>> models = models(event, recipients);
        if (models.isEmpty()) {
            throw InvalidInputException.of("event", "event.certificate.nobody");
        }
        byte[] template = documents.template(event, EventTemplates.CERTIFICATE);
        String fileName =
                documents.text("events.file.certificates", event.view().title());
        var job = jobs.start(
                caller.id(),
                event.organisation(),
                new DocumentJobs.Spec(
                        KIND,
                        id.toString(),
                        models.size(),
                        "event.certificate.failed",
                        "event.certificate.interrupted",
                        // a certificate names its teacher: her school's log records each download of the file
                        recipients.entrySet().stream()
                                .collect(java.util.stream.Collectors.groupingBy(
                                        r -> r.getValue().school(),
                                        java.util.stream.Collectors.mapping(
                                                r -> r.getKey().value(), java.util.stream.Collectors.toList()))),
                        "скачаны сертификаты участников мероприятия"),
                progress -> {
                    List<byte[]> pages = new ArrayList<>();
                    models.forEach(model -> pages.add(DocxTemplates.render(new ByteArrayInputStream(template), model)));
                    return new DocumentJobs.Result(
                            fileName, FileType.PDF.contentType(), PdfRenderer.fromDocx(pages, progress));
                });
        return jobs.status(caller.id(), KIND, job.toString());
    }

    /** The caller's own batch for this event; another's, or one for another event, is "not found". */
    @Transactional(readOnly = true)
    public DocumentJobs.Job status(NastavnikPrincipal caller, EventId id, String job) {
        DocumentJobs.Job found = jobs.status(caller.id(), KIND, job);
        if (!id.toString().equals(found.subject())) {
            throw new NotFoundException();
        }
        return found;
    }

    @Transactional(readOnly = true)
    public EventFile batch(NastavnikPrincipal caller, EventId id, String job) {
        status(caller, id, job);
        DocumentJobs.Result result = jobs.result(caller.id(), KIND, job);
        return new EventFile(result.fileName(), result.contentType(), result.content());
    }

    /** The signed-in participant's own certificate, if she attended the held event or spoke at it. */
    public EventFile own(NastavnikPrincipal caller, EventId id) {
        Event event = access.visible(caller, events.findById(id.value()));
        requireHeld(event);
        EventAccess.Participant me = access.participant(caller)
                .orElseThrow(() -> InvalidInputException.of("person", "event.registration.noStaffRecord"));
        Map<PersonId, Recipient> recipients = recipients(event);
        Recipient mine = recipients.get(me.person());
        if (mine == null) {
            throw InvalidInputException.of("person", "event.certificate.notAttended");
        }
        List<Map<String, Object>> model = models(event, Map.of(me.person(), mine));
        if (model.isEmpty()) {
            throw InvalidInputException.of("person", "event.certificate.notAttended");
        }
        byte[] docx = documents.docx(event, EventTemplates.CERTIFICATE, model.get(0));
        return new EventFile(
                documents.text("events.file.certificate", event.view().title()),
                FileType.PDF.contentType(),
                PdfRenderer.fromDocx(docx));
    }

    /** The verb in the person's gender, which the staff record holds (never guessed from the name). */
    private String took(Object gender) {
        return documents.text(
                gender == ru.nastavnik.shared.Gender.FEMALE
                        ? "events.certificate.took.female"
                        : gender == ru.nastavnik.shared.Gender.MALE
                                ? "events.certificate.took.male"
                                : "events.certificate.took.unknown");
    }

    private static void requireHeld(Event event) {
        if (event.view().status() != EventStatus.HELD) {
            throw InvalidInputException.of("status", "event.certificate.notHeld");
        }
    }

    /** Who gets one: each one who attended, a speaker named as a person with her topics (marked present too). */
    private record Recipient(OrganisationId school, String topics) {}

    private Map<PersonId, Recipient> recipients(Event event) {
        Map<PersonId, Recipient> recipients = new LinkedHashMap<>();
        EventView e = event.view();
        java.util.Set<PersonId> came = event.registrations().stream()
                .filter(Registration::attended)
                .map(Registration::person)
                .collect(Collectors.toSet());
        Map<PersonId, String> topics = e.agenda().stream()
                .filter(a -> a.speaker() != null && came.contains(a.speaker()))
                .collect(Collectors.groupingBy(
                        AgendaEntry::speaker,
                        LinkedHashMap::new,
                        Collectors.mapping(AgendaEntry::topic, Collectors.joining("»; «"))));
        Map<PersonId, StaffView> speakers = topics.isEmpty() ? Map.of() : profiles.of(topics.keySet());
        speakers.forEach(
                (person, view) -> recipients.put(person, new Recipient(view.organisationId(), topics.get(person))));
        event.registrations().stream()
                .filter(Registration::attended)
                .forEach(r -> recipients.putIfAbsent(r.person(), new Recipient(r.school(), null)));
        return recipients;
    }

    /** One model a certificate, in the order of names; printing a name is audited in that person's school. */
    private List<Map<String, Object>> models(Event event, Map<PersonId, Recipient> recipients) {
        Map<String, Object> common = documents.common(event);
        Map<PersonId, OrganisationId> schools = new LinkedHashMap<>();
        recipients.forEach((person, r) -> schools.put(person, r.school()));
        List<Map<String, Object>> people = documents.people(
                schools, "сертификат участника мероприятия «" + event.view().title() + "»");
        Map<PersonId, String> numbers = register.numbers(
                event.view(),
                people.stream().map(p -> (PersonId) p.get("person")).toList());
        List<Map<String, Object>> models = new ArrayList<>();
        for (Map<String, Object> person : people) {
            Recipient r = recipients.get((PersonId) person.get("person"));
            Map<String, Object> model = new LinkedHashMap<>(common);
            model.put(
                    "certificate",
                    Map.of(
                            "fullName",
                            person.get("fullName"),
                            "position",
                            person.get("position"),
                            "school",
                            person.get("school"),
                            "took",
                            took(person.get("gender")),
                            "role",
                            documents.text(
                                    r.topics() == null
                                            ? "events.certificate.role.participant"
                                            : "events.certificate.role.speaker"),
                            // the built-in text names a role only beyond attending; «role» stays for schools' own
                            // templates that print it
                            "hasRole",
                            r.topics() != null,
                            "topic",
                            r.topics() == null ? "" : r.topics(),
                            "number",
                            numbers.get((PersonId) person.get("person"))));
            models.add(model);
        }
        return models;
    }
}
