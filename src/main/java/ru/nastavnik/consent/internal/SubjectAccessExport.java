package ru.nastavnik.consent.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.audit.AuditLog;
import ru.nastavnik.audit.AuditRecord;
import ru.nastavnik.consent.ConsentView;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffAccounts;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.SheetTexts;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Everything the system holds about a person, for their request under 152-ФЗ art. 14: the staff record, every
 * consent with its dates and text version, and the log of who read or changed their data and when.
 */
@Service
public class SubjectAccessExport {

    private final StaffManagement staff;
    private final StaffAccounts accounts;
    private final ConsentQueries consents;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final SheetTexts texts;
    private final List<ru.nastavnik.documents.OwnDocumentsSource> documents;

    SubjectAccessExport(
            StaffManagement staff,
            StaffAccounts accounts,
            ConsentQueries consents,
            AuditLog audit,
            ApplicationEventPublisher events,
            SheetTexts texts,
            List<ru.nastavnik.documents.OwnDocumentsSource> documents) {
        this.documents = documents;
        this.texts = texts;
        this.staff = staff;
        this.accounts = accounts;
        this.consents = consents;
        this.audit = audit;
        this.events = events;
    }

    /** The signed-in teacher's own data: their linked staff record, their consents, who touched their data. */
    @Transactional
    public Optional<Map<String, Object>> exportOwn(NastavnikPrincipal caller) {
        return accounts.own(caller).map(person -> {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("person", person);
            result.put("consents", consents.ofPersonItself(person.id()));
            result.put("documents", documentsOf(caller));
            result.put(
                    "accessLog",
                    audit.aboutSubject(person.organisationId(), person.id().value()));
            events.publishEvent(new AuditEvent(
                    person.organisationId(),
                    AuditAction.EXPORT,
                    "Person",
                    person.id().value(),
                    "выгрузка собственных данных"));
            return result;
        });
    }

    /** «Сведения о персональных данных — Иванова Мария Петровна.json»: what the file is and whose (152-ФЗ art. 14). */
    public String fileName(Map<String, Object> export) {
        return export.get("person") instanceof ru.nastavnik.people.StaffView view
                ? texts.text("consent.subjectAccess.fileOf", view.data().fullName())
                : texts.text("consent.subjectAccess.file");
    }

    /**
     * The teacher's own record, consents and the latest entries of who read or changed her data, for the "my data"
     * page: what art. 14 lets her ask for, readable as it is, where the file gives the same for other software.
     */
    @Transactional
    public Optional<MyData> own(NastavnikPrincipal caller) {
        return accounts.own(caller).map(person -> {
            List<AuditRecord> log =
                    audit.aboutSubject(person.organisationId(), person.id().value());
            return new MyData(
                    person,
                    consents.ofPersonItself(person.id()),
                    documentsOf(caller),
                    log.subList(0, Math.min(SHOWN_ENTRIES, log.size())),
                    log.size());
        });
    }

    /** Her signed documents the other modules keep (the orders that name her), newest first. */
    private List<ru.nastavnik.documents.OwnDocument> documentsOf(NastavnikPrincipal caller) {
        return documents.stream()
                .flatMap(source -> source.documentsOf(caller).stream())
                .sorted(java.util.Comparator.comparing(
                                ru.nastavnik.documents.OwnDocument::date,
                                java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
                        .reversed())
                .toList();
    }

    /** The page's share of the log; the file holds all of it. */
    static final int SHOWN_ENTRIES = 100;

    /** {@code accessLog}: the latest entries, newest first; {@code accessLogTotal}: how many there are in all. */
    public record MyData(
            ru.nastavnik.people.StaffView person,
            List<ConsentView> consents,
            List<ru.nastavnik.documents.OwnDocument> documents,
            List<AuditRecord> accessLog,
            int accessLogTotal) {}

    @Transactional
    public Map<String, Object> export(NastavnikPrincipal caller, OrganisationId organisation, PersonId person) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("person", staff.get(caller, organisation, person));
        result.put("consents", consents.ofPerson(caller, organisation, person));
        List<AuditRecord> accesses = new ArrayList<>();
        for (int page = 0; ; page++) {
            var batch = audit.of(caller, organisation, person.value(), page, 500);
            accesses.addAll(batch.getContent());
            if (!batch.hasNext()) {
                break;
            }
        }
        result.put("accessLog", accesses);
        events.publishEvent(new AuditEvent(
                organisation,
                AuditAction.EXPORT,
                "Person",
                person.value(),
                "выгрузка всех данных по запросу субъекта"));
        return result;
    }
}
