package ru.nastavnik.consent.internal;

import static ru.nastavnik.consent.internal.ConsentRegistry.check;

import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.consent.ConsentManagement;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.consent.ConsentReads;
import ru.nastavnik.consent.ConsentStatus;
import ru.nastavnik.consent.ConsentView;
import ru.nastavnik.organisation.SchoolDates;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.people.StaffView;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Pages;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditBatch;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * What the director and curator read of an organisation's consents: one person's, a page of them, the staff still
 * without one; every read of the people in them is audited. The changes are {@link ConsentManagement}'s.
 */
@Service
@Transactional(readOnly = true)
class ConsentQueries implements ConsentReads {

    private final ConsentRepository consents;
    private final StaffManagement staff;
    private final ApplicationEventPublisher events;
    private final SchoolDates dates;

    ConsentQueries(
            ConsentRepository consents, StaffManagement staff, ApplicationEventPublisher events, SchoolDates dates) {
        this.consents = consents;
        this.staff = staff;
        this.events = events;
        this.dates = dates;
    }

    /** Before work starts in the background: the caller handles this organisation's consents, and these are its people. */
    public void checkPeople(NastavnikPrincipal caller, OrganisationId organisation, List<PersonId> people) {
        check(caller, organisation);
        people.forEach(person -> requirePerson(caller, organisation, person));
    }

    public List<ConsentView> ofPerson(NastavnikPrincipal caller, OrganisationId organisation, PersonId person) {
        check(caller, organisation);
        requirePerson(caller, organisation, person);
        List<ConsentView> found = consents.findByPerson(person.value()).stream()
                .map(Consent::view)
                .toList();
        events.publishEvent(
                new AuditEvent(organisation, AuditAction.READ, "Person", person.value(), "согласия педагога"));
        return found;
    }

    /** For the person's own view of their consents; the caller is the person. */
    List<ConsentView> ofPersonItself(PersonId person) {
        return consents.findByPerson(person.value()).stream().map(Consent::view).toList();
    }

    public List<ConsentView> search(
            NastavnikPrincipal caller, OrganisationId organisation, ConsentPurpose purpose, ConsentStatus status) {
        return search(caller, organisation, purpose, status, Pageable.unpaged()).getContent();
    }

    /** A page of the consents; the read recorded is of the people on the page. */
    public Page<ConsentView> search(
            NastavnikPrincipal caller,
            OrganisationId organisation,
            ConsentPurpose purpose,
            ConsentStatus status,
            Pageable asked) {
        check(caller, organisation);
        Page<ConsentView> found = Pages.cut(
                consents.search(organisation.value(), purpose, status).stream()
                        .map(Consent::view)
                        .toList(),
                asked);
        events.publishEvent(AuditBatch.reads(
                organisation,
                "Person",
                found.getContent().stream()
                        .map(c -> c.personId().value())
                        .distinct()
                        .toList(),
                "в списке согласий"));
        return found;
    }

    /** The current staff who have no valid consent of this purpose: the curator's to-do list. */
    public List<StaffView> missing(NastavnikPrincipal caller, OrganisationId organisation, ConsentPurpose purpose) {
        check(caller, organisation);
        LocalDate today = dates.today(organisation);
        var valid = consents.search(organisation.value(), purpose, ConsentStatus.GIVEN).stream()
                .filter(c -> c.validOn(today))
                .map(c -> c.person())
                .collect(java.util.stream.Collectors.toSet());
        List<StaffView> missing = staff.current(caller, organisation).stream()
                .filter(s -> !valid.contains(s.id()))
                .toList();
        events.publishEvent(AuditBatch.reads(
                organisation,
                "Person",
                missing.stream().map(s -> s.id().value()).toList(),
                "в списке педагогов без согласия"));
        return missing;
    }

    void requirePerson(NastavnikPrincipal caller, OrganisationId organisation, PersonId person) {
        if (!staff.organisationOf(caller, person).equals(organisation)) {
            throw new NotFoundException();
        }
    }

    /** The organisation's own date (its time zone's), for a page's default dates. */
    public LocalDate today(OrganisationId organisation) {
        return dates.today(organisation);
    }
}
