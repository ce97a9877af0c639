package ru.nastavnik.events.internal;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import ru.nastavnik.documents.DocumentTemplates;
import ru.nastavnik.documents.DocxTemplates;
import ru.nastavnik.documents.FileType;
import ru.nastavnik.documents.PdfRenderer;
import ru.nastavnik.documents.SignatureLine;
import ru.nastavnik.events.AgendaEntry;
import ru.nastavnik.events.EventFile;
import ru.nastavnik.events.EventView;
import ru.nastavnik.organisation.HeadName;
import ru.nastavnik.organisation.OrganisationSummary;
import ru.nastavnik.organisation.Organisations;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffProfiles;
import ru.nastavnik.people.StaffView;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.audit.AuditAction;

/**
 * What every event document prints: the organiser's requisites (ГОСТ Р 7.0.97 letterhead), the event's facts, the
 * agenda with its speakers by name, and people by name — each printing of a name audited in that person's school.
 */
@Component
class EventDocumentModel {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final DocumentTemplates templates;
    private final Organisations organisations;
    private final StaffProfiles profiles;
    private final EventAccess access;
    private final EventAudit audit;
    private final MessageSource messages;
    private final ru.nastavnik.practices.PracticeDecisions practices;

    EventDocumentModel(
            DocumentTemplates templates,
            Organisations organisations,
            StaffProfiles profiles,
            EventAccess access,
            EventAudit audit,
            MessageSource messages,
            ru.nastavnik.practices.PracticeDecisions practices) {
        this.practices = practices;
        this.templates = templates;
        this.organisations = organisations;
        this.profiles = profiles;
        this.access = access;
        this.audit = audit;
        this.messages = messages;
    }

    /** A phrase of the events' documents and files, from the bundle. */
    String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, RUSSIAN);
    }

    Map<String, Object> common(Event event) {
        EventView e = event.view();
        OrganisationSummary organiser = organisations.find(e.organisationId()).orElseThrow(NotFoundException::new);
        Map<String, Object> model = new LinkedHashMap<>();
        var requisites = organiser.requisites();
        String founder = requisites == null || requisites.founder() == null ? "" : requisites.founder();
        String locality = requisites == null || requisites.locality() == null ? "" : requisites.locality();
        model.put(
                "organisation",
                Map.of(
                        "name",
                        organiser.name(),
                        "shortName",
                        organiser.shortName() == null ? organiser.name() : organiser.shortName(),
                        "founder",
                        founder,
                        // the protocol's heading names where it is drawn up: a blank to fill in where it is not known
                        "locality",
                        locality.isBlank() ? "____________________" : locality,
                        "head",
                        requisites == null ? "" : initials(requisites.head()),
                        // the attendance sheet's «Ответственный за регистрацию»: the organiser's curator, where named
                        "curator",
                        curator(requisites == null ? null : requisites.curatorName()),
                        "headPosition",
                        signerPosition(
                                requisites == null ? null : requisites.headPosition(),
                                text("document-fixes.events.head-position"))));
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("title", quotedInQuotes(e.title()));
        facts.put("kind", kindTitle(e));
        facts.put("kindInText", ru.nastavnik.documents.PhraseDeclension.inText(kindTitle(e)));
        facts.put("heading", heading(kindTitle(e), e.title()));
        facts.put("date", DATE.format(e.startsAt().atZone(e.zone())));
        facts.put("period", e.period());
        facts.put("place", e.place() != null ? e.place() : e.onlineLink());
        facts.put("organiser", access.name(e.organisationId()));
        facts.put("locality", locality);
        facts.put("dated", dated(locality, (String) facts.get("date")));
        model.put("event", facts);
        List<String> speakers = speakers(e);
        List<ru.nastavnik.practices.PracticeId> named = e.agenda().stream()
                .map(AgendaEntry::practice)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList();
        Map<ru.nastavnik.practices.PracticeId, String> titles = named.isEmpty() ? Map.of() : practices.titles(named);
        model.put(
                "agenda",
                java.util.stream.IntStream.range(0, e.agenda().size())
                        .mapToObj(i -> {
                            AgendaEntry a = e.agenda().get(i);
                            return Map.<String, Object>of(
                                    "time",
                                    a.time() == null ? "" : a.time().toString(),
                                    "topic",
                                    a.topic(),
                                    "speaker",
                                    withPractice(speakers.get(i), a, titles));
                        })
                        .toList());
        return model;
    }

    /**
     * «Семинар «Наставник и молодой педагог»», or the title alone where it already says what the event is: «Установочная
     * сессия «Установочная сессия для наставников»» was a new school's announcement (session 33).
     */
    String heading(String kind, String title) {
        return namesItsKind(kind, title) ? title : text("events.document.heading", kind, quotedInQuotes(title));
    }

    /**
     * The title says what the event is when each word of the kind is in it, in any case form: «Муниципальная
     * конференция наставников» is not to be printed «Конференция «Муниципальная конференция наставников»» (a
     * methodologist's walk), nor «Итоги муниципального круглого стола» under «Круглый стол».
     */
    static boolean namesItsKind(String kind, String title) {
        String t = title.toLowerCase(RUSSIAN);
        return java.util.Arrays.stream(kind.toLowerCase(RUSSIAN).split("[\\s\\-]+"))
                .filter(w -> !w.isEmpty())
                .allMatch(w -> java.util.regex.Pattern.compile("(^|[^\\p{L}])" + java.util.regex.Pattern.quote(stem(w)))
                        .matcher(t)
                        .find());
    }

    /** A word without its case ending, roughly: enough to find «конференции» by «конференция». */
    static String stem(String word) {
        return word.length() > 5
                ? word.substring(0, word.length() - 2)
                : word.length() > 4 ? word.substring(0, word.length() - 1) : word;
    }

    /**
     * A title the documents put in «…»: its own quotation marks become „…“, as Russian typography nests them
     * («Круглый стол „Трудности первого года“», not «Круглый стол «Трудности первого года»»), and a title typed in
     * quotation marks as a whole loses them.
     */
    static String quotedInQuotes(String title) {
        String t = title.strip();
        if (t.length() > 1 && t.charAt(0) == '«' && t.indexOf('»') == t.length() - 1) {
            t = t.substring(1, t.length() - 1);
        }
        return t.replace('«', '„').replace('»', '“');
    }

    String kindTitle(EventView e) {
        return e.customKind() != null
                ? e.customKind()
                : messages.getMessage(e.kind().messageKey(), null, RUSSIAN);
    }

    /** A pair presenting its practice: «… (практика «…»)». */
    String withPractice(String speaker, AgendaEntry item, Map<ru.nastavnik.practices.PracticeId, String> titles) {
        if (item.practice() == null || !titles.containsKey(item.practice())) {
            return speaker;
        }
        String practice = text("events.document.practice", titles.get(item.practice()));
        return speaker.isBlank() ? practice : speaker + " (" + practice + ")";
    }

    /**
     * Each agenda line's speaker: a person by full name — told apart from a namesake speaking too ({@link Namesakes}) —
     * or the text as typed; printing a person is audited in her school.
     */
    List<String> speakers(EventView e) {
        List<PersonId> ids = e.agenda().stream()
                .map(AgendaEntry::speaker)
                .filter(s -> s != null)
                .distinct()
                .toList();
        Map<PersonId, StaffView> staff = ids.isEmpty() ? Map.of() : profiles.of(ids);
        if (!staff.isEmpty()) {
            audit.people(
                    staff.values().stream().collect(Collectors.toMap(StaffView::id, StaffView::organisationId)),
                    AuditAction.GENERATE,
                    "докладчик в документе мероприятия «" + e.title() + "»");
        }
        List<String> apart = Namesakes.agenda(e.agenda(), staff, access::name);
        List<String> lines = new java.util.ArrayList<>();
        for (int i = 0; i < e.agenda().size(); i++) {
            AgendaEntry item = e.agenda().get(i);
            StaffView person = item.speaker() == null ? null : staff.get(item.speaker());
            String name =
                    person != null ? person.data().fullName() : item.speakerText() == null ? "" : item.speakerText();
            lines.add(apart.get(i).isEmpty() ? name : text("events.namesake", name, apart.get(i)));
        }
        return lines;
    }

    /** Each person's school, as the staff records say (a person no longer on a staff is left out). */
    Map<PersonId, OrganisationId> schoolsOf(List<PersonId> people) {
        if (people.isEmpty()) {
            return Map.of();
        }
        Map<PersonId, OrganisationId> schools = new LinkedHashMap<>();
        profiles.of(people).values().forEach(v -> schools.put(v.id(), v.organisationId()));
        return schools;
    }

    /** People by name, position and school, sorted by name; printing them is audited in each one's school. */
    List<Map<String, Object>> people(Map<PersonId, OrganisationId> chosen, String why) {
        return people(chosen, why, false);
    }

    /**
     * People as a document's list prints them (the protocol's list of those present, the attendance sheet): as
     * {@link #people(Map, String)}, one who shares her full name with another in the list told apart by her school or
     * position ({@link Namesakes}). A certificate, one person's, names her by name alone.
     */
    List<Map<String, Object>> listed(Map<PersonId, OrganisationId> chosen, String why) {
        return people(chosen, why, true);
    }

    private List<Map<String, Object>> people(Map<PersonId, OrganisationId> chosen, String why, boolean apart) {
        Map<PersonId, StaffView> staff = profiles.of(chosen.keySet());
        audit.people(chosen, AuditAction.GENERATE, why);
        Map<PersonId, String> told = apart
                ? Namesakes.apart(
                        chosen.keySet().stream()
                                .filter(staff::containsKey)
                                .map(staff::get)
                                .toList(),
                        access::name)
                : Map.of();
        return chosen.entrySet().stream()
                .filter(r -> staff.containsKey(r.getKey()))
                .map(r -> {
                    StaffView v = staff.get(r.getKey());
                    Map<String, Object> person = new LinkedHashMap<>();
                    person.put("person", v.id());
                    person.put(
                            "fullName",
                            told.containsKey(v.id())
                                    ? text("events.namesake", v.data().fullName(), told.get(v.id()))
                                    : v.data().fullName());
                    person.put("school", access.name(r.getValue()));
                    person.put("position", String.join(", ", v.data().positions()));
                    person.put("gender", v.data().gender());
                    return person;
                })
                .sorted(Comparator.comparing(m -> (String) m.get("fullName"), ru.nastavnik.shared.RussianOrder.NAMES))
                .toList();
    }

    byte[] template(Event event, String kind) {
        return templates.current(event.organisation(), kind);
    }

    byte[] docx(Event event, String kind, Map<String, Object> model) {
        return DocxTemplates.render(new ByteArrayInputStream(template(event, kind)), model);
    }

    EventFile file(Event event, String kind, Map<String, Object> model, String name, boolean pdf) {
        byte[] docx = docx(event, kind, model);
        String fileName = name + " — " + event.view().title();
        return pdf
                ? new EventFile(fileName + ".pdf", FileType.PDF.contentType(), PdfRenderer.fromDocx(docx))
                : new EventFile(fileName + ".docx", FileType.DOCX.contentType(), docx);
    }

    static String today(LocalDate day) {
        return DATE.format(day);
    }

    /** «г. Заречный, 10.03.2027», or the date alone where the organisation has not given its locality. */
    static String dated(String locality, String date) {
        return locality == null || locality.isBlank() ? date : locality + ", " + date;
    }

    /** The head's position on the signature line, «Руководитель» ({@code otherwise}) when none is set. */
    static String signerPosition(String position, String otherwise) {
        return SignatureLine.position(position, otherwise);
    }

    /** The curator signs «А. С. Исаева» as the head does; a line to sign on where the requisites name no one. */
    private static String curator(String name) {
        String signature = ru.nastavnik.documents.NameDeclension.signature(name);
        return signature.isEmpty() ? "______________" : signature;
    }

    /** The head signs «П. П. Петров», initials first, as every signature line (ГОСТ Р 7.0.97). */
    private static String initials(HeadName head) {
        return head == null
                ? ""
                : SignatureLine.name(head.lastName(), head.firstName(), head.middleName(), head.gender());
    }
}
