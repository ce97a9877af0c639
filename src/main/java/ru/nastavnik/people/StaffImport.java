package ru.nastavnik.people;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.people.internal.tabular.Row;
import ru.nastavnik.people.internal.tabular.TabularFileException;
import ru.nastavnik.people.internal.tabular.TabularFiles;
import ru.nastavnik.people.internal.tabular.TabularReader;
import ru.nastavnik.shared.InvalidInputException.Problem;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditBatch;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Imports a school's staff list, all or nothing: the file is read as a stream and every row checked first;
 * with any problem nothing is stored and every problem is reported (row, column, reason). People already in
 * the registry are matched, not duplicated; an empty cell never erases what the registry holds.
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
    private final Clock clock;

    StaffImport(PersonRepository people, StaffAccess access, ApplicationEventPublisher events,
            EntityManager entityManager, ImportProperties properties, Clock clock) {
        this.people = people;
        this.access = access;
        this.events = events;
        this.entityManager = entityManager;
        this.properties = properties;
        this.clock = clock;
    }

    /** With {@code mapping} null the columns are recognised by their headers. */
    @Transactional
    public ImportResult run(NastavnikPrincipal caller, OrganisationId organisation, Path file, String originalName,
            ColumnMapping mapping, boolean dryRun) {
        return run(caller, organisation, file, originalName, header -> mapping == null ? ColumnMapping.detect(header) : mapping, dryRun);
    }

    /** The API's form of the mapping: field name → header text of the file. */
    @Transactional
    public ImportResult runWithHeaders(NastavnikPrincipal caller, OrganisationId organisation, Path file,
            String originalName, Map<String, String> mapping, boolean dryRun) {
        return run(caller, organisation, file, originalName,
                header -> mapping == null || mapping.isEmpty() ? ColumnMapping.detect(header) : ColumnMapping.byHeaders(mapping, header),
                dryRun);
    }

    /** The header and the first rows, shown beside the column mapping; empty when the file is unreadable. */
    public List<List<String>> sample(NastavnikPrincipal caller, OrganisationId organisation, Path file,
            String originalName, int rows) {
        access.check(caller, organisation);
        try (TabularReader reader = TabularFiles.open(file, originalName, properties.maxFileSize().toBytes())) {
            List<List<String>> sample = new ArrayList<>();
            sample.add(reader.header());
            Row row;
            while (sample.size() <= rows && (row = reader.next()) != null) {
                sample.add(row.cells());
            }
            return sample;
        } catch (TabularFileException e) {
            return List.of();
        }
    }

    private ImportResult run(NastavnikPrincipal caller, OrganisationId organisation, Path file, String originalName,
            Function<List<String>, ColumnMapping> mappingOf, boolean dryRun) {
        access.check(caller, organisation);
        try (TabularReader reader = TabularFiles.open(file, originalName, properties.maxFileSize().toBytes())) {
            List<String> header = reader.header();
            ColumnMapping mapping = mappingOf.apply(header);
            List<Problem> mappingProblems = mapping.check(header);
            if (!mappingProblems.isEmpty()) {
                return failed(mappingProblems, dryRun, header, mapping, reader.format());
            }
            Plan plan = plan(organisation, reader, new StaffRowParser(mapping, header),
                    access.maySeeRestricted(caller, organisation));
            if (plan.errorCount > 0 || dryRun) {
                return new ImportResult(plan.creates.size(), plan.updates.size(), plan.unchanged, plan.errors,
                        plan.errorCount, dryRun, false, header, mapping, reader.format());
            }
            store(organisation, plan, originalName);
            return new ImportResult(plan.creates.size(), plan.updates.size(), plan.unchanged, List.of(), 0, false,
                    true, header, mapping, reader.format());
        } catch (TabularFileException e) {
            return failed(List.of(Problem.field("file", e.messageKey(), e.args())), dryRun, List.of(), null, null);
        }
    }

    private Plan plan(OrganisationId organisation, TabularReader reader, StaffRowParser parser, boolean restrictedToo) {
        Plan plan = new Plan();
        StaffMatcher matcher = new StaffMatcher();
        for (Person person : people.findAllInOrganisation(organisation.value())) {
            plan.existing.put(person.id().value(), person);
            matcher.add(person.id().value(), person.data());
        }
        Map<String, Integer> seenNew = new HashMap<>();
        Map<UUID, Integer> seenExisting = new HashMap<>();
        LocalDate today = LocalDate.now(clock);
        Row row;
        int rows = 0;
        while ((row = reader.next()) != null) {
            if (++rows > properties.maxRows()) {
                plan.error(Problem.cell(row.number(), null, "import.file.tooManyRows", properties.maxRows()));
                break;
            }
            StaffRowParser.Parsed parsed = parser.parse(row.number(), row.cells());
            if (!parsed.problems().isEmpty()) {
                parsed.problems().forEach(plan::error);
                continue;
            }
            Optional<UUID> match;
            try {
                match = matcher.match(parsed.data());
            } catch (IllegalStateException e) {
                plan.error(Problem.cell(row.number(), null, e.getMessage()));
                continue;
            }
            // A record whose processing stopped is not for this caller to see or change (a withdrawn consent).
            if (match.isPresent() && plan.existing.get(match.get()).restricted() && !restrictedToo) {
                plan.error(Problem.cell(row.number(), null, "import.row.restricted"));
                continue;
            }
            StaffData data = match.map(id -> plan.existing.get(id).data().overlay(parsed.data())).orElse(parsed.data());
            Integer earlier = match.isPresent() ? seenExisting.putIfAbsent(match.get(), row.number())
                    : firstSeen(seenNew, StaffMatcher.identities(data), row.number());
            if (earlier != null) {
                plan.error(Problem.cell(row.number(), null, "import.row.duplicate", earlier));
                continue;
            }
            List<Problem> broken = StaffRules.check(data, today);
            if (!broken.isEmpty()) {
                int number = row.number();
                broken.forEach(p -> plan.error(Problem.cell(number, parser.columnOf(p.field()), p.messageKey(), p.args().toArray())));
                continue;
            }
            if (match.isEmpty()) {
                plan.creates.add(data);
            } else if (data.equals(plan.existing.get(match.get()).data())) {
                plan.unchanged++;
            } else {
                plan.updates.put(match.get(), data);
            }
        }
        if (rows == 0 && plan.errorCount == 0) {
            plan.error(Problem.field("file", "import.file.noRows"));
        }
        return plan;
    }

    private static Integer firstSeen(Map<String, Integer> seen, List<String> keys, int row) {
        Integer earlier = null;
        for (String key : keys) {
            Integer previous = seen.putIfAbsent(key, row);
            earlier = earlier == null ? previous : earlier;
        }
        return earlier;
    }

    /** The import is one audit record naming the people it created, plus one per updated person with what changed. */
    private void store(OrganisationId organisation, Plan plan, String originalName) {
        List<AuditEvent> updates = new ArrayList<>();
        plan.updates.forEach((id, data) -> {
            Person person = plan.existing.get(id);
            List<String> changed = person.apply(data);
            updates.add(new AuditEvent(person.organisation(), AuditAction.UPDATE, StaffManagement.SUBJECT,
                    person.id().value(), "импорт: " + String.join(", ", changed)));
        });
        entityManager.flush();
        entityManager.clear();
        List<java.util.UUID> created = new ArrayList<>(plan.creates.size());
        for (StaffData data : plan.creates) {
            Person person = people.save(new Person(organisation, data));
            created.add(person.id().value());
            if (created.size() % FLUSH_EVERY == 0) {
                entityManager.flush();
                entityManager.clear();
            }
        }
        events.publishEvent(new AuditBatch(updates));
        events.publishEvent(AuditEvent.ofMany(organisation, AuditAction.IMPORT, StaffManagement.SUBJECT, created,
                "%s: создано %d, обновлено %d, без изменений %d".formatted(originalName == null ? "файл" : originalName,
                        plan.creates.size(), plan.updates.size(), plan.unchanged)));
    }

    private static ImportResult failed(List<Problem> problems, boolean dryRun, List<String> header,
            ColumnMapping mapping, String format) {
        return new ImportResult(0, 0, 0, problems, problems.size(), dryRun, false, header, mapping, format);
    }

    private static final class Plan {
        final Map<UUID, Person> existing = new HashMap<>();
        final List<StaffData> creates = new ArrayList<>();
        final Map<UUID, StaffData> updates = new LinkedHashMap<>();
        final List<Problem> errors = new ArrayList<>();
        int unchanged;
        int errorCount;

        void error(Problem problem) {
            errorCount++;
            if (errors.size() < MAX_LISTED_ERRORS) {
                errors.add(problem);
            }
        }
    }
}
