package ru.nastavnik.bank.internal;

import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
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
import ru.nastavnik.people.StaffView;
import ru.nastavnik.shared.AllOrNothing;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Validation;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The banks changed for many people at once: a staff room entering a bank with one request or profile, a course's
 * mentors marked trained. Each person is held to the rules of one; if anyone is refused, nobody is changed.
 */
@Service
@Transactional
public class BankBatches {

    private final MenteeRepository mentees;
    private final MentorRepository mentors;
    private final CapacitySettings capacities;
    private final BankAdmission admission;
    private final Vocabulary vocabulary;
    private final StaffManagement staff;
    private final ConsentCheck consents;
    private final Workloads workloads;
    private final ApplicationEventPublisher events;
    private final Validator validator;
    private final SchoolDates dates;

    BankBatches(
            MenteeRepository mentees,
            MentorRepository mentors,
            CapacitySettings capacities,
            BankAdmission admission,
            Vocabulary vocabulary,
            StaffManagement staff,
            ConsentCheck consents,
            Workloads workloads,
            ApplicationEventPublisher events,
            Validator validator,
            SchoolDates dates) {
        this.mentees = mentees;
        this.mentors = mentors;
        this.capacities = capacities;
        this.admission = admission;
        this.vocabulary = vocabulary;
        this.staff = staff;
        this.consents = consents;
        this.workloads = workloads;
        this.events = events;
        this.validator = validator;
        this.dates = dates;
    }

    public List<MenteeView> addMentees(NastavnikPrincipal caller, OrganisationId organisation, MenteesRequest request) {
        Map<PersonId, StaffView> people = people(caller, organisation, request.personIds());
        MenteeRequest common = request.of(request.personIds().get(0));
        Validation.check(validator, common);
        vocabulary.checkCodes(organisation, "needs", common.needs());
        MenteeEntry.checkRequest(common);
        AllOrNothing all = admit(
                people,
                BankKind.MENTEE,
                mentees.currentAmong(ids(people)).stream()
                        .map(MenteeEntry::person)
                        .collect(Collectors.toSet()));
        all.requireNone();
        LocalDate today = today(organisation);
        List<MenteeEntry> added = people.keySet().stream()
                .map(p -> new MenteeEntry(organisation, p, request.of(p.toString()), today))
                .toList();
        mentees.saveAll(added);
        audit(organisation, people, "включены в банк наставляемых");
        added.forEach(e -> events.publishEvent(new MenteeEntered(organisation, e.person())));
        return added.stream()
                .map(e -> e.view(people.get(e.person()).data().fullName()))
                .toList();
    }

    public List<MentorView> addMentors(NastavnikPrincipal caller, OrganisationId organisation, MentorsRequest request) {
        Map<PersonId, StaffView> people = people(caller, organisation, request.personIds());
        MentorRequest common = request.of(request.personIds().get(0));
        Validation.check(validator, common);
        vocabulary.checkCodes(organisation, "competences", common.competences());
        BankSettings limits = capacities.settings(organisation);
        int capacity = common.capacity() == null ? limits.defaultCapacity() : common.capacity();
        MentorEntry.checkProfile(common, capacity, limits.maxCapacity());
        AllOrNothing all = admit(
                people,
                BankKind.MENTOR,
                mentors.currentAmong(ids(people)).stream()
                        .map(MentorEntry::person)
                        .collect(Collectors.toSet()));
        Set<PersonId> shared = consents.withValid(people.keySet(), ConsentPurpose.SHARED_BANK);
        List<MentorEntry> added = new ArrayList<>();
        LocalDate today = today(organisation);
        people.forEach((person, view) -> added.add(all.attempt(view.data().fullName(), () -> {
            MentorEntry entry = new MentorEntry(organisation, person, today);
            entry.update(request.of(person.toString()), capacity, limits.maxCapacity(), shared.contains(person), today);
            return entry;
        })));
        all.requireNone();
        mentors.saveAll(added);
        audit(organisation, people, "включены в банк наставников");
        added.forEach(e -> events.publishEvent(new MentorEntered(organisation, e.person())));
        added.stream()
                .filter(e -> e.trainedOn() != null)
                .forEach(e -> events.publishEvent(new MentorTrained(organisation, e.person(), e.trainedOn())));
        return added.stream()
                .map(e -> e.view(BankProfiles.profile(people.get(e.person()), null), 0))
                .toList();
    }

    /** Sets the training of mentors in the bank now; anyone not in it (or of another school) stops the change. */
    public List<MentorView> setTraining(
            NastavnikPrincipal caller, OrganisationId organisation, TrainingRequest request) {
        Map<PersonId, StaffView> people = people(caller, organisation, request.personIds());
        if (request.trainingStatus() == null) {
            throw InvalidInputException.of("trainingStatus", "bank.training.required");
        }
        Map<PersonId, MentorEntry> entries = mentors.currentAmong(ids(people)).stream()
                .filter(e -> e.organisation().equals(organisation))
                .collect(Collectors.toMap(MentorEntry::person, Function.identity()));
        AllOrNothing all = new AllOrNothing("personIds");
        people.forEach((person, view) -> {
            if (!entries.containsKey(person)) {
                all.refuse(view.data().fullName(), "bank.batch.notMentor");
            }
        });
        all.requireNone();
        LocalDate today = today(organisation);
        entries.values().stream()
                .filter(e -> e.train(request.trainingStatus(), today))
                .toList()
                .forEach(e -> events.publishEvent(new MentorTrained(organisation, e.person(), e.trainedOn())));
        audit(organisation, people, "обучение наставников: " + request.trainingStatus());
        Map<PersonId, Integer> loads = workloads.of(people.keySet());
        return people.keySet().stream()
                .map(entries::get)
                .map(e -> e.view(BankProfiles.profile(people.get(e.person()), null), loads.getOrDefault(e.person(), 0)))
                .toList();
    }

    /** The people chosen, in their order, if all are this organisation's current staff (read in one query). */
    private Map<PersonId, StaffView> people(NastavnikPrincipal caller, OrganisationId organisation, List<String> ids) {
        BankRegistry.check(caller, organisation);
        if (ids.isEmpty()) {
            throw InvalidInputException.of("personIds", "bank.batch.select");
        }
        if (ids.size() > 1000) {
            throw InvalidInputException.of("personIds", "bank.batch.tooMany");
        }
        List<PersonId> chosen = ids.stream().map(PersonId::of).toList();
        Map<PersonId, StaffView> found = staff.currentAmong(caller, organisation, chosen);
        if (found.size() != chosen.size()) {
            throw new NotFoundException();
        }
        Map<PersonId, StaffView> people = new java.util.LinkedHashMap<>();
        chosen.forEach(p -> people.put(p, found.get(p)));
        return people;
    }

    /** The rules of entering a bank, person by person: a consent, not in it already. */
    private AllOrNothing admit(Map<PersonId, StaffView> people, BankKind kind, Set<PersonId> alreadyIn) {
        AllOrNothing all = new AllOrNothing("personIds");
        Map<PersonId, String> refusals = admission.refusals(people.keySet(), kind);
        people.forEach((person, view) -> {
            if (alreadyIn.contains(person)) {
                all.refuse(
                        view.data().fullName(),
                        kind == BankKind.MENTEE ? "bank.batch.menteeAlready" : "bank.batch.mentorAlready");
            } else if (refusals.containsKey(person)) {
                all.refuse(view.data().fullName(), refusals.get(person));
            }
        });
        return all;
    }

    static List<String> distinct(List<String> ids) {
        return ids == null
                ? List.of()
                : ids.stream().filter(p -> p != null && !p.isBlank()).distinct().toList();
    }

    private static List<UUID> ids(Map<PersonId, StaffView> people) {
        return people.keySet().stream().map(PersonId::value).toList();
    }

    private void audit(OrganisationId organisation, Map<PersonId, StaffView> people, String details) {
        events.publishEvent(AuditEvent.ofMany(
                organisation,
                AuditAction.UPDATE,
                "Person",
                people.keySet().stream().map(PersonId::value).toList(),
                details));
    }

    private LocalDate today(OrganisationId organisation) {
        return dates.today(organisation);
    }
}
