package ru.nastavnik.people.internal;

import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.organisation.SchoolDates;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffData;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.people.StaffQuery;
import ru.nastavnik.people.StaffView;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditBatch;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** The staff registry's commands and queries; every one checks the caller and leaves an audit record. */
@Service
@Transactional
class StaffRegistry implements StaffManagement {

    static final String SUBJECT = "Person";
    private static final Sort ORDER = Sort.by("lastName", "firstName", "middleName", "id");

    private final PersonRepository people;
    private final StaffAccess access;
    private final ApplicationEventPublisher events;
    private final SchoolDates dates;

    StaffRegistry(PersonRepository people, StaffAccess access, ApplicationEventPublisher events, SchoolDates dates) {
        this.people = people;
        this.access = access;
        this.events = events;
        this.dates = dates;
    }

    @Transactional(readOnly = true)
    public Page<StaffView> search(NastavnikPrincipal caller, OrganisationId organisation, StaffQuery query) {
        access.check(caller, organisation);
        String pattern = "%" + (query.text() == null ? "" : query.text().strip().toLowerCase()) + "%";
        Page<StaffView> page = people.search(
                        organisation.value(),
                        pattern,
                        query.category(),
                        query.includeArchived() || query.leftOnly(),
                        query.leftOnly(),
                        access.maySeeRestricted(caller, organisation),
                        PageRequest.of(query.page(), query.size(), ORDER))
                .map(Person::view);
        // a list shows each person on it: each is a read of personal data
        events.publishEvent(AuditBatch.reads(
                organisation,
                SUBJECT,
                page.getContent().stream().map(v -> v.id().value()).toList(),
                "в списке педагогов"));
        return page;
    }

    /** Opening a card is a read of personal data, and is audited as one. */
    public StaffView get(NastavnikPrincipal caller, PersonId id) {
        Person person = load(caller, id);
        audit(person, AuditAction.READ, null);
        return person.view();
    }

    public StaffView get(NastavnikPrincipal caller, OrganisationId organisation, PersonId id) {
        Person person = load(caller, organisation, id);
        audit(person, AuditAction.READ, null);
        return person.view();
    }

    /** Several cards at once (to print their forms, say); each read is audited. */
    public List<StaffView> getAll(NastavnikPrincipal caller, OrganisationId organisation, List<PersonId> ids) {
        access.check(caller, organisation);
        List<StaffView> views = new java.util.ArrayList<>(ids.size());
        for (Person person :
                people.findAllById(ids.stream().map(PersonId::value).toList())) {
            if (person.organisation().equals(organisation) && visible(caller, person)) {
                audit(person, AuditAction.READ, null);
                views.add(person.view());
            }
        }
        if (views.size() != ids.stream().distinct().count()) {
            throw new NotFoundException();
        }
        return views;
    }

    /**
     * The current staff records among {@code ids} that the caller may see, read in one query — for a list that names
     * a few people (the pairs) without reading the whole staff (no card is opened, so no read is recorded here).
     */
    @Transactional(readOnly = true)
    public Map<PersonId, StaffView> currentAmong(
            NastavnikPrincipal caller, OrganisationId organisation, java.util.Collection<PersonId> ids) {
        access.check(caller, organisation);
        if (ids.isEmpty()) {
            return Map.of();
        }
        return people.findAmong(ids.stream().map(PersonId::value).distinct().toArray(java.util.UUID[]::new)).stream()
                .filter(p -> p.organisation().equals(organisation) && visible(caller, p))
                .map(Person::view)
                .filter(v -> !v.archived())
                .collect(java.util.stream.Collectors.toMap(StaffView::id, v -> v));
    }

    /** How many work at the organisation now, for figures: a count, no record is read (so none is audited). */
    @Transactional(readOnly = true)
    public long currentCount(NastavnikPrincipal caller, OrganisationId organisation) {
        access.check(caller, organisation);
        return people.countByOrganisationIdAndArchivedAtIsNull(organisation.value());
    }

    /** The organisation's current staff, for lists such as "who has not consented yet" (no card is opened). */
    @Transactional(readOnly = true)
    public List<StaffView> current(NastavnikPrincipal caller, OrganisationId organisation) {
        access.check(caller, organisation);
        return people.findAllInOrganisation(organisation.value()).stream()
                .filter(p -> visible(caller, p))
                .map(Person::view)
                .filter(v -> !v.archived())
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<StaffView> toChooseFrom(
            NastavnikPrincipal caller, OrganisationId organisation, java.util.function.Predicate<StaffView> which) {
        List<StaffView> shown =
                current(caller, organisation).stream().filter(which).toList();
        events.publishEvent(AuditBatch.reads(
                organisation,
                "Person",
                shown.stream().map(v -> v.id().value()).toList(),
                "просмотр списка сотрудников для выбора"));
        return shown;
    }

    public StaffView create(NastavnikPrincipal caller, OrganisationId organisation, StaffData data) {
        access.check(caller, organisation);
        validate(data, organisation);
        Person person = people.save(new Person(organisation, data));
        audit(person, AuditAction.CREATE, data.left() ? Leavings.recorded(data) : null);
        return person.view();
    }

    /** An edit of the record as the caller read it ({@code readVersion}): refused if someone changed it since. */
    public StaffView update(
            NastavnikPrincipal caller, OrganisationId organisation, PersonId id, StaffData data, Long readVersion) {
        Person person = load(caller, organisation, id);
        validate(data, organisation);
        StaffData before = person.data();
        List<String> changed = person.apply(data, readVersion);
        if (!changed.isEmpty()) {
            audit(person, AuditAction.UPDATE, Leavings.details(before, person.data(), changed));
            Leavings.left(person, before).ifPresent(events::publishEvent);
            // the answer carries the new version (the next edit's If-Match), which the flush assigns
            people.flush();
        }
        return person.view();
    }

    public StaffView archive(NastavnikPrincipal caller, OrganisationId organisation, PersonId id) {
        Person person = load(caller, organisation, id);
        if (person.archive()) {
            audit(person, AuditAction.ARCHIVE, null);
        }
        return person.view();
    }

    public StaffView restore(NastavnikPrincipal caller, OrganisationId organisation, PersonId id) {
        Person person = load(caller, organisation, id);
        StaffData before = person.data();
        if (person.restore()) {
            audit(person, AuditAction.RESTORE, before.left() ? Leavings.rehired(before) : null);
        }
        return person.view();
    }

    /**
     * Where the system may write to a person about their own mentorship (reminders it sends itself): the e-mail on
     * their card, unless they left, or their data may no longer be processed.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<String> contactEmail(PersonId id) {
        return people.findById(id.value())
                .map(Person::view)
                .filter(v -> !v.archived() && !v.processingRestricted() && !v.anonymised())
                .map(v -> v.data().email());
    }

    /** Resolves a person's organisation from the record itself, then checks the caller's right to it. */
    @Transactional(readOnly = true)
    public OrganisationId organisationOf(NastavnikPrincipal caller, PersonId id) {
        return load(caller, id).organisation();
    }

    private Person load(NastavnikPrincipal caller, PersonId id) {
        Person person = people.findById(id.value()).orElseThrow(NotFoundException::new);
        return load(caller, person.organisation(), id);
    }

    private Person load(NastavnikPrincipal caller, OrganisationId organisation, PersonId id) {
        access.check(caller, organisation);
        Person person =
                people.findInOrganisation(organisation.value(), id.value()).orElseThrow(NotFoundException::new);
        if (!visible(caller, person)) {
            throw new NotFoundException();
        }
        return person;
    }

    private boolean visible(NastavnikPrincipal caller, Person person) {
        return !person.restricted() || access.maySeeRestricted(caller, person.organisation());
    }

    /** Dates "not in the future" are judged by the school's own date. */
    private void validate(StaffData data, OrganisationId organisation) {
        var problems = StaffRules.check(data, dates.today(organisation));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private void audit(Person person, AuditAction action, String details) {
        events.publishEvent(new AuditEvent(
                person.organisation(),
                action,
                SUBJECT,
                person.id().value(),
                // no name in the log itself: it is append-only, and an anonymised person's name must go (152-ФЗ);
                // the log shows the record's current name beside each entry instead
                details == null ? "карточка педагога" : details));
    }
}
