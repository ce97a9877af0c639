package ru.nastavnik.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** The staff registry's commands and queries; every one checks the caller and leaves an audit record. */
@Service
@Transactional
public class StaffManagement {

    static final String SUBJECT = "Person";
    private static final Sort ORDER = Sort.by("lastName", "firstName", "middleName", "id");

    private final PersonRepository people;
    private final StaffAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StaffManagement(PersonRepository people, StaffAccess access, ApplicationEventPublisher events, Clock clock) {
        this.people = people;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<StaffView> search(NastavnikPrincipal caller, OrganisationId organisation, StaffQuery query) {
        access.check(caller, organisation);
        String pattern = "%" + (query.text() == null ? "" : query.text().strip().toLowerCase()) + "%";
        return people.search(organisation.value(), pattern, query.category(), query.includeArchived(),
                PageRequest.of(query.page(), query.size(), ORDER)).map(Person::view);
    }

    /** Opening a card is a read of personal data, and is audited as one. */
    public StaffView get(NastavnikPrincipal caller, PersonId id) {
        Person person = load(caller, id);
        audit(person, AuditAction.READ, null);
        return person.view();
    }

    public StaffView get(NastavnikPrincipal caller, OrganisationId organisation, PersonId id) {
        access.check(caller, organisation);
        Person person = people.findInOrganisation(organisation.value(), id.value()).orElseThrow(NotFoundException::new);
        audit(person, AuditAction.READ, null);
        return person.view();
    }

    public StaffView create(NastavnikPrincipal caller, OrganisationId organisation, StaffData data) {
        access.check(caller, organisation);
        validate(data);
        Person person = people.save(new Person(organisation, data));
        audit(person, AuditAction.CREATE, null);
        return person.view();
    }

    public StaffView update(NastavnikPrincipal caller, OrganisationId organisation, PersonId id, StaffData data) {
        access.check(caller, organisation);
        Person person = people.findInOrganisation(organisation.value(), id.value()).orElseThrow(NotFoundException::new);
        validate(data);
        List<String> changed = person.apply(data);
        if (!changed.isEmpty()) {
            audit(person, AuditAction.UPDATE, String.join(", ", changed));
        }
        return person.view();
    }

    public StaffView archive(NastavnikPrincipal caller, OrganisationId organisation, PersonId id) {
        access.check(caller, organisation);
        Person person = people.findInOrganisation(organisation.value(), id.value()).orElseThrow(NotFoundException::new);
        if (person.archive()) {
            audit(person, AuditAction.ARCHIVE, null);
        }
        return person.view();
    }

    public StaffView restore(NastavnikPrincipal caller, OrganisationId organisation, PersonId id) {
        access.check(caller, organisation);
        Person person = people.findInOrganisation(organisation.value(), id.value()).orElseThrow(NotFoundException::new);
        if (person.restore()) {
            audit(person, AuditAction.RESTORE, null);
        }
        return person.view();
    }

    /** Resolves a person's organisation from the record itself, then checks the caller's right to it. */
    @Transactional(readOnly = true)
    public OrganisationId organisationOf(NastavnikPrincipal caller, PersonId id) {
        return load(caller, id).organisation();
    }

    private Person load(NastavnikPrincipal caller, PersonId id) {
        Person person = people.findById(id.value()).orElseThrow(NotFoundException::new);
        access.check(caller, person.organisation());
        return person;
    }

    private void validate(StaffData data) {
        var problems = StaffRules.check(data, LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private void audit(Person person, AuditAction action, String details) {
        events.publishEvent(new AuditEvent(person.organisation(), action, SUBJECT, person.id().value(),
                details == null ? person.data().fullName() : person.data().fullName() + ": " + details));
    }
}
