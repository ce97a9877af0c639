package ru.nastavnik.people.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.organisation.SchoolDates;
import ru.nastavnik.organisation.SchoolDays;
import ru.nastavnik.people.PersonAnonymised;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffRestrictions;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;

/**
 * What a withdrawn personal-data consent does to the staff record: processing stops at once (only the
 * director and curator still see it), and after the organisation's retention period the record is anonymised.
 * Called by the consent module, which has checked the caller.
 */
@Service
@Transactional
class RestrictionManagement implements StaffRestrictions {

    private static final Logger log = LoggerFactory.getLogger(RestrictionManagement.class);

    private final PersonRepository people;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SchoolDates dates;

    RestrictionManagement(PersonRepository people, ApplicationEventPublisher events, SchoolDates dates, Clock clock) {
        this.people = people;
        this.events = events;
        this.clock = clock;
        this.dates = dates;
    }

    public void restrict(OrganisationId organisation, PersonId id, LocalDate anonymiseOn) {
        Person person =
                people.findInOrganisation(organisation.value(), id.value()).orElseThrow(NotFoundException::new);
        if (person.restrictProcessing(Instant.now(clock), anonymiseOn)) {
            events.publishEvent(new AuditEvent(
                    organisation,
                    AuditAction.RESTRICT,
                    StaffRegistry.SUBJECT,
                    id.value(),
                    "обработка прекращена, обезличивание " + anonymiseOn));
        }
    }

    /** The person consented again: processing resumes and no anonymisation is due. */
    public void lift(OrganisationId organisation, PersonId id) {
        Person person =
                people.findInOrganisation(organisation.value(), id.value()).orElseThrow(NotFoundException::new);
        if (person.liftRestriction()) {
            events.publishEvent(new AuditEvent(
                    organisation,
                    AuditAction.RESTRICT,
                    StaffRegistry.SUBJECT,
                    id.value(),
                    "обработка возобновлена: получено новое согласие"));
        }
    }

    /**
     * Runs at start and nightly; a missed night is caught up, since it takes everything that is due. Returns
     * nothing: a node that finds the job locked by another skips it.
     */
    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT12H")
    @SchedulerLock(name = "staff-anonymisation")
    public void anonymiseDue() {
        int count = 0;
        // candidates by the latest date any school is on; each record by its own school's date
        SchoolDays today = dates.everywhere();
        for (Person person : people.findDueForAnonymisation(today.latest())) {
            if (!person.anonymisationDue(today.of(person.organisation()))) {
                continue;
            }
            String before = person.data().fullName();
            if (person.anonymise(Instant.now(clock))) {
                events.publishEvent(new AuditEvent(
                        person.organisation(),
                        AuditAction.ANONYMISE,
                        StaffRegistry.SUBJECT,
                        person.id().value(),
                        "запись обезличена по истечении срока хранения (" + before.charAt(0) + ".)"));
                events.publishEvent(new PersonAnonymised(person.organisation(), person.id()));
                count++;
            }
        }
        if (count > 0) {
            log.info("Anonymised {} staff records whose retention period ended", count);
        }
    }
}
