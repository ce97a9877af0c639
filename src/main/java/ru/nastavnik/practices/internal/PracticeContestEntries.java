package ru.nastavnik.practices.internal;

import java.io.ByteArrayInputStream;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.documents.DocumentTemplates;
import ru.nastavnik.documents.DocxTemplates;
import ru.nastavnik.documents.FileType;
import ru.nastavnik.organisation.Organisations;
import ru.nastavnik.organisation.SchoolDates;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffProfiles;
import ru.nastavnik.people.StaffView;
import ru.nastavnik.practices.PracticeDescription;
import ru.nastavnik.practices.PracticeDocuments;
import ru.nastavnik.practices.PracticeFile;
import ru.nastavnik.practices.PracticeId;
import ru.nastavnik.practices.PracticeView;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** {@link PracticeDocuments}: the contest entry filled from the practice, its authors and its school. */
@Service
@Transactional(readOnly = true)
class PracticeContestEntries implements PracticeDocuments {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final PracticeManagement practices;
    private final DocumentTemplates templates;
    private final Organisations organisations;
    private final StaffProfiles profiles;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final SchoolDates dates;

    PracticeContestEntries(
            PracticeManagement practices,
            DocumentTemplates templates,
            Organisations organisations,
            StaffProfiles profiles,
            MessageSource messages,
            ApplicationEventPublisher events,
            SchoolDates dates) {
        this.practices = practices;
        this.templates = templates;
        this.organisations = organisations;
        this.profiles = profiles;
        this.messages = messages;
        this.events = events;
        this.dates = dates;
    }

    @Override
    public PracticeFile contestEntry(NastavnikPrincipal caller, PracticeId id) {
        return contestEntry(caller, practices.readingOrganisation(caller, id), id);
    }

    @Override
    public PracticeFile contestEntry(NastavnikPrincipal caller, OrganisationId readIn, PracticeId id) {
        PracticeView p = practices.readable(caller, readIn, id).view();
        Map<PersonId, StaffView> staff = profiles.of(p.authors());
        events.publishEvent(AuditEvent.ofMany(
                p.organisationId(),
                AuditAction.GENERATE,
                "Person",
                p.authors().stream().map(PersonId::value).toList(),
                "описание практики «" + p.title() + "» для конкурса"));
        Map<String, Object> model = new LinkedHashMap<>();
        var school = organisations.find(p.organisationId()).orElseThrow();
        String locality = school.requisites() == null || school.requisites().locality() == null
                ? ""
                : school.requisites().locality();
        model.put("school", Map.of("name", school.name(), "locality", locality));
        PracticeDescription d = p.description();
        Map<String, Object> practice = new LinkedHashMap<>();
        practice.put("title", d.title());
        practice.put("summary", text(d.summary()));
        practice.put("problem", text(d.problem()));
        practice.put("goals", text(d.goals()));
        practice.put("content", text(d.content()));
        practice.put("results", text(d.results()));
        practice.put("materials", text(d.materials()));
        practice.put("level", p.level() == null ? "—" : message(p.level().messageKey()));
        practice.put(
                "consent",
                p.distributionConsent() == null
                        ? message("practice.consent.none")
                        : message(
                                "practice.consent.givenOn",
                                DATE.format(p.distributionConsent().givenOn())));
        model.put("practice", practice);
        List<Map<String, Object>> authors = p.authors().stream()
                .filter(staff::containsKey)
                .map(a -> Map.<String, Object>of(
                        "fullName",
                        staff.get(a).data().fullName(),
                        "position",
                        String.join(", ", staff.get(a).data().positions())))
                .toList();
        model.put("authors", authors);
        model.put("date", DATE.format(dates.today(p.organisationId())));
        byte[] docx = DocxTemplates.render(
                new ByteArrayInputStream(templates.current(p.organisationId(), PracticeTemplates.CONTEST)), model);
        return new PracticeFile(message("practices.file.contestEntry", p.title()), FileType.DOCX.contentType(), docx);
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, RUSSIAN);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
