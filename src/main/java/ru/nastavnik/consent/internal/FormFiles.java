package ru.nastavnik.consent.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;
import ru.nastavnik.consent.ConsentForms;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.consent.DistributionChannel;
import ru.nastavnik.consent.DistributionResources;
import ru.nastavnik.consent.GeneratedFile;
import ru.nastavnik.consent.MentoringTerms;
import ru.nastavnik.documents.DocumentTemplates;
import ru.nastavnik.documents.DocxTemplates;
import ru.nastavnik.documents.PdfRenderer;
import ru.nastavnik.documents.SafeFileName;
import ru.nastavnik.organisation.OrganisationSummary;
import ru.nastavnik.organisation.Organisations;
import ru.nastavnik.organisation.SchoolDates;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.people.StaffView;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Prints consent forms, pre-filled and declined, from the organisation's template. Printing a form also marks
 * the consent as requested, so the curator sees whose signature is awaited.
 */
@Service
public class FormFiles implements ConsentForms {

    private final ConsentFileNames fileNames;
    private final ConsentRegistry consents;
    private final ConsentQueries reads;
    private final ConsentRetention retention;
    private final StaffManagement staff;
    private final Organisations organisations;
    private final DocumentTemplates templates;
    private final ApplicationEventPublisher events;
    private final SchoolDates dates;
    private final TransactionOperations transaction;
    private final org.springframework.beans.factory.ObjectProvider<DistributionResources> resources;

    FormFiles(
            ConsentRegistry consents,
            ConsentQueries reads,
            ConsentRetention retention,
            StaffManagement staff,
            Organisations organisations,
            DocumentTemplates templates,
            ApplicationEventPublisher events,
            SchoolDates dates,
            TransactionOperations transaction,
            ConsentFileNames fileNames,
            org.springframework.beans.factory.ObjectProvider<DistributionResources> resources) {
        this.resources = resources;
        this.fileNames = fileNames;
        this.consents = consents;
        this.reads = reads;
        this.retention = retention;
        this.staff = staff;
        this.organisations = organisations;
        this.templates = templates;
        this.events = events;
        this.dates = dates;
        this.transaction = transaction;
    }

    /**
     * Reads and marks in one transaction, then fills and renders outside any: a batch of a whole school takes
     * minutes, and its progress is written to the database as it goes, which must not need a second connection.
     */
    public GeneratedFile generate(
            NastavnikPrincipal caller,
            OrganisationId organisation,
            ConsentPurpose purpose,
            List<PersonId> people,
            FormFormat format,
            boolean markRequested,
            IntConsumer progress) {
        if (people.isEmpty()) {
            throw ru.nastavnik.shared.InvalidInputException.of("person", "consent.personId.required");
        }
        Batch batch = transaction.execute(status -> read(caller, organisation, purpose, people, markRequested));
        List<byte[]> documents = new ArrayList<>(batch.staff().size());
        // A PDF batch spends its time rendering, so that is the progress shown for it.
        IntConsumer fillProgress = format == FormFormat.PDF ? done -> {} : progress;
        Map<DistributionChannel, String> addresses = purpose == ConsentPurpose.PUBLICATION
                ? resources.stream()
                        .findFirst()
                        .map(r -> r.addresses(organisation))
                        .orElse(Map.of())
                : Map.of();
        for (StaffView person : batch.staff()) {
            Map<String, Object> model = ConsentModel.of(
                    batch.school(), batch.above(), person.data(), batch.retentionDays(), batch.today(), addresses);
            documents.add(DocxTemplates.render(new ByteArrayInputStream(batch.template()), model));
            fillProgress.accept(documents.size());
        }
        String base = fileNames.of(purpose, batch.staff());
        return switch (format) {
            case DOCX ->
                new GeneratedFile(
                        base + ".docx",
                        format.contentType(),
                        documents.size() == 1 ? documents.get(0) : DocxTemplates.concatenate(documents));
            // Rendered one by one and joined, so that every consent's pages are numbered on their own.
            case PDF ->
                new GeneratedFile(base + ".pdf", format.contentType(), PdfRenderer.fromDocx(documents, progress));
            case ZIP -> new GeneratedFile(base + ".zip", format.contentType(), zip(batch.staff(), documents));
        };
    }

    private record Batch(
            OrganisationSummary school,
            List<OrganisationSummary> above,
            int retentionDays,
            byte[] template,
            List<StaffView> staff,
            LocalDate today) {}

    private Batch read(
            NastavnikPrincipal caller,
            OrganisationId organisation,
            ConsentPurpose purpose,
            List<PersonId> people,
            boolean markRequested) {
        if (markRequested) {
            consents.request(caller, organisation, people, purpose);
        } else {
            reads.checkPeople(caller, organisation, people);
        }
        OrganisationSummary school = organisations.find(organisation).orElseThrow(NotFoundException::new);
        List<StaffView> staffViews = staff.getAll(caller, organisation, people).stream()
                .sorted(java.util.Comparator.comparing(
                        (StaffView v) -> v.data().fullName(), ru.nastavnik.shared.RussianOrder.NAMES))
                .toList();
        // the forms are filled in with each person's data: the record names everyone (a subject access request lists
        // it)
        events.publishEvent(AuditEvent.ofMany(
                organisation,
                AuditAction.GENERATE,
                "Person",
                staffViews.stream().map(v -> v.id().value()).toList(),
                "бланки согласий (" + purpose + "): " + staffViews.size()));
        return new Batch(
                school,
                above(school),
                retention.retentionDays(caller, organisation),
                templates.current(organisation, purpose.templateKind()),
                staffViews,
                dates.today(organisation));
    }

    /**
     * The mentor's consent to the mentoring of one pair or group, filled in with its mentees, form and term — the
     * first document of the pair's chain (consent → supplementary agreement → order), printed by the employer.
     */
    @Transactional
    public GeneratedFile mentoringDuties(
            NastavnikPrincipal caller, OrganisationId employer, PersonId mentor, MentoringTerms terms) {
        reads.checkPeople(caller, employer, List.of(mentor));
        OrganisationSummary school = organisations.find(employer).orElseThrow(NotFoundException::new);
        StaffView person = staff.getAll(caller, employer, List.of(mentor)).stream()
                .findFirst()
                .orElseThrow(NotFoundException::new);
        Map<String, Object> model = ConsentModel.of(
                school, above(school), person.data(), retention.retentionDays(caller, employer), dates.today(employer));
        model.put("mentees", terms.mentees());
        model.put("form", terms.form());
        model.put("startsOn", ru.nastavnik.shared.web.Dates.DATE.format(terms.startsOn()));
        model.put("endsOn", ru.nastavnik.shared.web.Dates.DATE.format(terms.endsOn()));
        byte[] template = templates.current(employer, ConsentPurpose.MENTORING_DUTIES.templateKind());
        byte[] document = DocxTemplates.render(new ByteArrayInputStream(template), model);
        events.publishEvent(new AuditEvent(
                employer,
                AuditAction.GENERATE,
                ConsentRegistry.SUBJECT,
                mentor.value(),
                "бланк согласия на выполнение обязанностей наставника для пары (группы)"));
        return new GeneratedFile(
                fileNames.of(ConsentPurpose.MENTORING_DUTIES, List.of(person)) + ".docx",
                FormFormat.DOCX.contentType(),
                document);
    }

    private List<OrganisationSummary> above(OrganisationSummary school) {
        List<OrganisationSummary> chain = new ArrayList<>();
        OrganisationSummary current = school;
        while (current.parentId() != null) {
            current = organisations.find(current.parentId()).orElse(null);
            if (current == null) {
                break;
            }
            chain.add(current);
        }
        return chain;
    }

    private static byte[] zip(List<StaffView> people, List<byte[]> documents) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < documents.size(); i++) {
                StaffView person = people.get(i);
                String name = SafeFileName.of(ConsentFileNames.entry(i + 1, person), "document.docx");
                zip.putNextEntry(new ZipEntry(name));
                zip.write(documents.get(i));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
