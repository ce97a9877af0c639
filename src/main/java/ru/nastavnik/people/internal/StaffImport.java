package ru.nastavnik.people.internal;

import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.organisation.SchoolDates;
import ru.nastavnik.people.StaffData;
import ru.nastavnik.people.internal.tabular.Row;
import ru.nastavnik.people.internal.tabular.TabularFileException;
import ru.nastavnik.people.internal.tabular.TabularFiles;
import ru.nastavnik.people.internal.tabular.TabularReader;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.InvalidInputException.Problem;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditBatch;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Imports a school's staff list, all or nothing: the file is read as a stream below its title rows and every
 * row checked first; with any problem nothing is stored and every problem is reported (row, column, reason).
 * The curator may correct cells, leave rows out or merge a duplicate into its earlier row ({@link ImportChoices});
 * the rows left out are excluded explicitly and the rest is stored in one transaction. People already in the
 * registry are matched, not duplicated; an empty cell never erases what the registry holds.
 */
@Service
public class StaffImport {

    static final int MAX_LISTED_ERRORS = 500;
    private static final int FLUSH_EVERY = 500;

    private final PersonRepository people;
    private final StaffAccess access;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final ImportProperties properties;
    private final SchoolDates dates;

    StaffImport(
            PersonRepository people,
            StaffAccess access,
            ApplicationEventPublisher events,
            EntityManager entityManager,
            ImportProperties properties,
            SchoolDates dates) {
        this.people = people;
        this.access = access;
        this.events = events;
        this.entityManager = entityManager;
        this.properties = properties;
        this.dates = dates;
    }

    /** With {@code mapping} null the columns are recognised by their headers. */
    @Transactional
    public ImportResult run(
            NastavnikPrincipal caller,
            OrganisationId organisation,
            Path file,
            String originalName,
            ColumnMapping mapping,
            ImportChoices choices,
            boolean dryRun) {
        return run(
                caller,
                organisation,
                file,
                originalName,
                header -> mapping == null ? ColumnMapping.detect(header) : mapping,
                choices,
                dryRun);
    }

    /** The API's form of the mapping: field name → header text of the file. */
    @Transactional
    public ImportResult runWithHeaders(
            NastavnikPrincipal caller,
            OrganisationId organisation,
            Path file,
            String originalName,
            Map<String, String> mapping,
            ImportChoices choices,
            boolean dryRun) {
        return run(
                caller,
                organisation,
                file,
                originalName,
                header -> mapping == null || mapping.isEmpty()
                        ? ColumnMapping.detect(header)
                        : ColumnMapping.byHeaders(mapping, header),
                choices,
                dryRun);
    }

    private ImportResult run(
            NastavnikPrincipal caller,
            OrganisationId organisation,
            Path file,
            String originalName,
            Function<List<String>, ColumnMapping> mappingOf,
            ImportChoices choices,
            boolean dryRun) {
        access.check(caller, organisation);
        try (TabularReader reader =
                TabularFiles.open(file, originalName, properties.maxFileSize().toBytes())) {
            StaffSheet sheet = StaffSheet.of(reader, choices.headerRow());
            List<String> header = sheet.header();
            ColumnMapping mapping = mappingOf.apply(header);
            SheetLayout layout = new SheetLayout(
                    header,
                    sheet.headerRow(),
                    mapping,
                    reader.format(),
                    sheet.top().stream()
                            .map(r -> new FileRow(r.number(), r.cells()))
                            .toList());
            List<Problem> mappingProblems = mapping.check(header);
            if (!mappingProblems.isEmpty()) {
                return failed(mappingProblems, dryRun, layout);
            }
            ImportPlan plan = plan(
                    organisation,
                    sheet,
                    new StaffRowParser(mapping, header, choices),
                    choices,
                    access.maySeeRestricted(caller, organisation));
            boolean store = plan.errorCount == 0 && !dryRun;
            if (store) {
                store(organisation, plan, originalName);
            }
            return new ImportResult(
                    plan.creates.size(),
                    plan.updates.size(),
                    plan.unchanged,
                    plan.errors,
                    plan.errorCount,
                    dryRun,
                    store,
                    layout,
                    plan.warnings,
                    List.copyOf(plan.review.values()),
                    plan.leftOut);
        } catch (TabularFileException e) {
            return failed(List.of(Problem.field("file", e.messageKey(), e.args())), dryRun, SheetLayout.UNREAD);
        } catch (InvalidInputException e) {
            return failed(e.problems(), dryRun, SheetLayout.UNREAD);
        }
    }

    private ImportPlan plan(
            OrganisationId organisation,
            StaffSheet sheet,
            StaffRowParser parser,
            ImportChoices choices,
            boolean restrictedToo) {
        ImportPlan plan = new ImportPlan(
                people.findAllInOrganisation(organisation.value()),
                parser,
                choices,
                restrictedToo,
                dates.today(organisation));
        Row row;
        int rows = 0;
        while ((row = sheet.next()) != null) {
            if (++rows > properties.maxRows()) {
                plan.error(Problem.cell(row.number(), null, "import.file.tooManyRows", properties.maxRows()));
                break;
            }
            plan.add(row);
        }
        if (rows == 0 && plan.errorCount == 0) {
            plan.error(Problem.field("file", "import.file.noRows"));
        }
        return plan.finish();
    }

    /**
     * The import is one audit record naming the people it created and updated, with the rows left out and the
     * repeats; plus one record per updated person saying what changed.
     */
    private void store(OrganisationId organisation, ImportPlan plan, String originalName) {
        List<AuditEvent> updates = new ArrayList<>();
        plan.updates.forEach((id, data) -> {
            Person person = plan.existing.get(id);
            StaffData before = person.data();
            List<String> changed = person.apply(data);
            // a leaving date in the file ends the person's pairs as one typed on the card does
            Leavings.left(person, before).ifPresent(events::publishEvent);
            updates.add(new AuditEvent(
                    person.organisation(),
                    AuditAction.UPDATE,
                    StaffRegistry.SUBJECT,
                    person.id().value(),
                    "импорт: " + String.join(", ", changed)));
        });
        entityManager.flush();
        entityManager.clear();
        List<UUID> named = new ArrayList<>(plan.updates.keySet());
        List<UUID> created = new ArrayList<>(plan.creates.size());
        for (StaffData data : plan.creates) {
            Person person = people.save(new Person(organisation, data));
            created.add(person.id().value());
            if (created.size() % FLUSH_EVERY == 0) {
                entityManager.flush();
                entityManager.clear();
            }
        }
        events.publishEvent(new AuditBatch(updates));
        named.addAll(created);
        events.publishEvent(AuditEvent.ofMany(
                organisation,
                AuditAction.IMPORT,
                StaffRegistry.SUBJECT,
                named,
                "%s: создано %d, обновлено %d, без изменений %d, строк не вошло %d, повторов %d"
                        .formatted(
                                originalName == null ? "файл" : originalName,
                                plan.creates.size(),
                                plan.updates.size(),
                                plan.unchanged,
                                plan.leftOut.size(),
                                plan.warnings.size())));
    }

    private static ImportResult failed(List<Problem> problems, boolean dryRun, SheetLayout layout) {
        return new ImportResult(
                0, 0, 0, problems, problems.size(), dryRun, false, layout, List.of(), List.of(), List.of());
    }
}
