package ru.nastavnik.bank.internal;

import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.bank.BankFilter;
import ru.nastavnik.bank.BankManagement;
import ru.nastavnik.bank.MenteeEntered;
import ru.nastavnik.bank.MenteeRequest;
import ru.nastavnik.bank.MenteeView;
import ru.nastavnik.bank.MentorEntered;
import ru.nastavnik.bank.MentorRequest;
import ru.nastavnik.bank.MentorTrained;
import ru.nastavnik.bank.MentorView;
import ru.nastavnik.bank.Vocabulary;
import ru.nastavnik.consent.ConsentCheck;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.organisation.SchoolDates;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.Validation;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditBatch;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * A school's banks, kept by its director and curator. Nobody enters a bank without a valid consent to the
 * processing of personal data (152-ФЗ art. 9); the shared bank needs the separate consent to that transfer.
 */
@Service
@Transactional
public class BankRegistry implements BankManagement {

    private final MenteeRepository mentees;
    private final MentorRepository mentors;
    private final CapacitySettings capacities;
    private final Vocabulary vocabulary;
    private final StaffManagement staff;
    private final ConsentCheck consents;
    private final ApplicationEventPublisher events;
    private final Validator validator;
    private final SchoolDates dates;
    private final Workloads workloads;
    private final BankAdmission admission;
    private final BankReads reads;

    BankRegistry(
            MenteeRepository mentees,
            MentorRepository mentors,
            CapacitySettings capacities,
            Vocabulary vocabulary,
            StaffManagement staff,
            ConsentCheck consents,
            ApplicationEventPublisher events,
            Validator validator,
            SchoolDates dates,
            Workloads workloads,
            BankAdmission admission,
            BankReads reads) {
        this.reads = reads;
        this.workloads = workloads;
        this.admission = admission;
        this.mentees = mentees;
        this.mentors = mentors;
        this.capacities = capacities;
        this.vocabulary = vocabulary;
        this.staff = staff;
        this.consents = consents;
        this.events = events;
        this.validator = validator;
        this.dates = dates;
    }

    public MenteeView saveMentee(NastavnikPrincipal caller, OrganisationId organisation, MenteeRequest request) {
        return saveMentee(caller, organisation, request, null);
    }

    /**
     * Enters a person into the mentee bank, or changes the request of one in it already: that change is made on the
     * version she read ({@code readVersion}) and refused without it or if someone saved the request since.
     */
    public MenteeView saveMentee(
            NastavnikPrincipal caller, OrganisationId organisation, MenteeRequest request, Long readVersion) {
        check(caller, organisation);
        Validation.check(validator, request);
        PersonId person = person(caller, organisation, request.personId());
        vocabulary.checkCodes(organisation, "needs", request.needs());
        MenteeEntry entry = mentees.current(person.value()).orElse(null);
        if (entry == null) {
            admission.require(person, BankKind.MENTEE);
            entry = new MenteeEntry(organisation, person, request, today(organisation));
            audit(organisation, person, "включён в банк наставляемых");
            events.publishEvent(new MenteeEntered(organisation, person));
        } else {
            entry.update(request, readVersion);
            audit(organisation, person, "изменены запросы в банке наставляемых");
        }
        // the answer carries the new version (the next edit's If-Match), which the flush assigns
        return mentees.saveAndFlush(entry).view(reads.name(caller, organisation, person));
    }

    /** A change of the request of a mentee in this organisation's bank now (404 if she is not), on the version read. */
    public MenteeView updateMentee(
            NastavnikPrincipal caller,
            OrganisationId organisation,
            PersonId person,
            MenteeRequest request,
            Long readVersion) {
        reads.currentMenteeEntry(caller, organisation, person);
        return saveMentee(caller, organisation, request.of(person), readVersion);
    }

    public MentorView saveMentor(NastavnikPrincipal caller, OrganisationId organisation, MentorRequest request) {
        return saveMentor(caller, organisation, request, null);
    }

    /**
     * Enters a person into the mentor bank, or changes the profile of one in it already: that change is made on the
     * version she read ({@code readVersion}) and refused without it or if someone saved the profile since.
     */
    public MentorView saveMentor(
            NastavnikPrincipal caller, OrganisationId organisation, MentorRequest request, Long readVersion) {
        check(caller, organisation);
        Validation.check(validator, request);
        PersonId person = person(caller, organisation, request.personId());
        vocabulary.checkCodes(organisation, "competences", request.competences());
        BankSettings limits = capacities.settings(organisation);
        MentorEntry entry = mentors.current(person.value()).orElse(null);
        boolean created = entry == null;
        if (created) {
            admission.require(person, BankKind.MENTOR);
            entry = new MentorEntry(organisation, person, today(organisation));
        }
        int capacity = request.capacity() == null ? limits.defaultCapacity() : request.capacity();
        boolean consented = consents.hasValid(person, ConsentPurpose.SHARED_BANK);
        LocalDate today = today(organisation);
        boolean trained = created
                ? entry.update(request, capacity, limits.maxCapacity(), consented, today)
                : entry.update(request, capacity, limits.maxCapacity(), consented, today, readVersion);
        entry = mentors.saveAndFlush(entry);
        audit(organisation, person, created ? "включён в банк наставников" : "изменён профиль в банке наставников");
        if (created) {
            events.publishEvent(new MentorEntered(organisation, person));
        }
        if (trained) {
            events.publishEvent(new MentorTrained(organisation, person, entry.trainedOn()));
        }
        return entry.view(BankProfiles.profile(staff.get(caller, organisation, person), null), workloads.of(person));
    }

    /** A change of the profile of a mentor in this organisation's bank now (404 if she is not), on the version read. */
    public MentorView updateMentor(
            NastavnikPrincipal caller,
            OrganisationId organisation,
            PersonId person,
            MentorRequest request,
            Long readVersion) {
        reads.currentMentorEntry(caller, organisation, person);
        return saveMentor(caller, organisation, request.of(person), readVersion);
    }

    public void leave(
            NastavnikPrincipal caller, OrganisationId organisation, PersonId person, BankKind kind, String reason) {
        check(caller, organisation);
        staffOf(caller, organisation, person);
        boolean left = kind == BankKind.MENTEE
                ? mentees.current(person.value())
                        .map(e -> e.leave(today(organisation), reason))
                        .orElseThrow(NotFoundException::new)
                : mentors.current(person.value())
                        .map(e -> e.leave(today(organisation), reason))
                        .orElseThrow(NotFoundException::new);
        if (left) {
            audit(
                    organisation,
                    person,
                    (kind == BankKind.MENTEE ? "исключён из банка наставляемых: " : "исключён из банка наставников: ")
                            + reason);
        }
    }

    /** Returns a mentee who left the bank (her programme completed, say) with her last request: the curator's choice. */
    public MenteeView returnMentee(NastavnikPrincipal caller, OrganisationId organisation, PersonId person) {
        check(caller, organisation);
        staffOf(caller, organisation, person);
        if (mentees.current(person.value()).isPresent()) {
            throw InvalidInputException.of("personId", "bank.mentee.stillInBank");
        }
        MenteeEntry last = mentees.history(person.value()).stream().findFirst().orElseThrow(NotFoundException::new);
        admission.require(person, BankKind.MENTEE);
        MenteeEntry entry = mentees.save(last.returned(today(organisation)));
        audit(organisation, person, "возвращён в банк наставляемых");
        return entry.view(reads.name(caller, organisation, person));
    }

    @Transactional(readOnly = true)
    public List<MenteeView> mentees(NastavnikPrincipal caller, OrganisationId organisation, BankFilter filter) {
        List<MenteeView> found = reads.menteeViews(caller, organisation, filter);
        events.publishEvent(AuditBatch.reads(
                organisation,
                "Person",
                found.stream().map(m -> m.personId().value()).toList(),
                "в банке наставляемых"));
        return found;
    }

    @Transactional(readOnly = true)
    public List<MentorView> mentors(NastavnikPrincipal caller, OrganisationId organisation, BankFilter filter) {
        List<MentorView> found = reads.mentorViews(caller, organisation, filter);
        events.publishEvent(AuditBatch.reads(
                organisation,
                "Person",
                found.stream().map(m -> m.personId().value()).toList(),
                "в банке наставников"));
        return found;
    }

    /** A mentor's profile as it stands, for its edit form (opening it reads the person's card). */
    @Transactional(readOnly = true)
    public MentorView currentMentor(NastavnikPrincipal caller, OrganisationId organisation, PersonId person) {
        return reads.currentMentor(caller, organisation, person);
    }

    /** A mentee's request as it stands, for its edit form (opening it reads the person's card). */
    @Transactional(readOnly = true)
    public MenteeView currentMentee(NastavnikPrincipal caller, OrganisationId organisation, PersonId person) {
        return reads.currentMentee(caller, organisation, person);
    }

    /** Everything the banks hold or held about one person, newest first. */
    @Transactional(readOnly = true)
    public BankHistory history(NastavnikPrincipal caller, OrganisationId organisation, PersonId person) {
        return reads.history(caller, organisation, person);
    }

    private PersonId person(NastavnikPrincipal caller, OrganisationId organisation, String id) {
        PersonId person;
        try {
            person = PersonId.of(id);
        } catch (NotFoundException e) {
            throw InvalidInputException.of("personId", "bank.personId.required");
        }
        return staffOf(caller, organisation, person);
    }

    /** The person, if she is on the organisation's staff; another school's person is "not found". */
    private PersonId staffOf(NastavnikPrincipal caller, OrganisationId organisation, PersonId person) {
        if (!staff.organisationOf(caller, person).equals(organisation)) {
            throw new NotFoundException();
        }
        return person;
    }

    static void check(NastavnikPrincipal caller, OrganisationId organisation) {
        if (!caller.hasAnyIn(organisation, Role.DIRECTOR, Role.CURATOR)) {
            throw new NotFoundException();
        }
    }

    private void audit(OrganisationId organisation, PersonId person, String details) {
        events.publishEvent(new AuditEvent(organisation, AuditAction.UPDATE, "Person", person.value(), details));
    }

    /** The organisation's own date (its time zone's), for a page's default dates. */
    public LocalDate today(OrganisationId organisation) {
        return dates.today(organisation);
    }
}
