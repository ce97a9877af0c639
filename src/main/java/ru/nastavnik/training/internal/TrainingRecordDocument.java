package ru.nastavnik.training.internal;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.documents.DocumentTemplates;
import ru.nastavnik.documents.DocxTemplates;
import ru.nastavnik.organisation.OrganisationSummary;
import ru.nastavnik.organisation.Organisations;
import ru.nastavnik.organisation.SchoolDates;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.SheetTexts;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Dates;

/**
 * The training record printed from the school's template: the confirmed courses and their hours; the courses not yet
 * confirmed are named as left out, never counted or listed among the confirmed.
 */
@Service
@Transactional(readOnly = true)
public class TrainingRecordDocument {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final TrainingRecords records;
    private final DocumentTemplates templates;
    private final Organisations organisations;
    private final ApplicationEventPublisher events;
    private final SchoolDates dates;
    private final SheetTexts texts;

    TrainingRecordDocument(
            TrainingRecords records,
            DocumentTemplates templates,
            Organisations organisations,
            ApplicationEventPublisher events,
            SchoolDates dates,
            SheetTexts texts) {
        this.texts = texts;
        this.records = records;
        this.templates = templates;
        this.organisations = organisations;
        this.events = events;
        this.dates = dates;
    }

    public Download docx(NastavnikPrincipal caller, PersonId person) {
        return docx(records.of(caller, person));
    }

    public Download docx(NastavnikPrincipal caller, OrganisationId organisation, PersonId person) {
        return docx(records.of(caller, organisation, person));
    }

    private Download docx(TrainingRecord record) {
        OrganisationSummary school = organisations.find(record.organisation()).orElseThrow();
        List<Map<String, String>> courses = record.courses().stream()
                .filter(c -> c.status() == CourseStatus.CONFIRMED)
                .map(c -> Map.of(
                        "provider",
                        c.provider(),
                        "title",
                        c.title(),
                        "hours",
                        String.valueOf(c.hours()),
                        "period",
                        Dates.DATE.format(c.startsOn()) + " – " + Dates.DATE.format(c.endsOn())
                                + (c.hasCertificate() ? texts.text("training.record.certificateAttached") : "")))
                .toList();
        Map<String, Object> model = new LinkedHashMap<>();
        String curator =
                school.requisites() == null ? null : school.requisites().curatorName();
        // the curator confirms the record and signs it: her name as the requisites give it, initials first
        model.put(
                "organisation",
                Map.of(
                        "name",
                        school.name(),
                        "curatorSignature",
                        curator == null ? "" : ru.nastavnik.documents.NameDeclension.signature(curator)));
        model.put("person", Map.of("fullName", record.fullName()));
        model.put("confirmedHours", String.valueOf(record.confirmedHours()));
        model.put("courses", courses);
        // the curator signs the record: a course she has not confirmed (waiting, or returned to be corrected) is
        // named as left out, so that the paper states nothing she has not confirmed
        model.put(
                "unconfirmed",
                record.courses().stream()
                        .filter(c -> c.status() != CourseStatus.CONFIRMED)
                        .map(c -> texts.text("training.record.unconfirmedCourse", c.title(), String.valueOf(c.hours())))
                        .collect(java.util.stream.Collectors.joining("; ")));
        model.put(
                "completed",
                record.completedCourses().isEmpty()
                        ? texts.text("training.record.noCourseCompleted")
                        : record.completedCourses().stream()
                                .map(c -> texts.text(
                                        "training.record.courseCompleted",
                                        c.title(),
                                        Dates.DATE.format(c.completedOn())))
                                .collect(java.util.stream.Collectors.joining("; ")));
        model.put("sessionHours", record.shownSessionHours());
        model.put(
                "sessions",
                record.sessions().stream()
                        .map(x -> Map.of(
                                "title", x.title(), "date", Dates.DATE.format(x.date()), "hours", x.shownHours()))
                        .toList());
        model.put("date", Dates.DATE.format(dates.today(school.id())));
        byte[] document = DocxTemplates.render(
                new ByteArrayInputStream(templates.current(record.organisation(), TrainingTemplates.RECORD)), model);
        events.publishEvent(new AuditEvent(
                record.organisation(),
                AuditAction.GENERATE,
                ExternalCourses.SUBJECT,
                record.person().value(),
                "сведения о повышении квалификации (DOCX)"));
        return new Download(texts.text("training.record.fileName", record.fullName()), DOCX, document);
    }
}
