package ru.nastavnik.bank.internal;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.bank.BankFilter;
import ru.nastavnik.bank.MenteeView;
import ru.nastavnik.bank.MentorView;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.people.StaffView;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * What the banks show: their entries filtered and named from the staff records, one person's entry and history.
 * It records no read: {@link BankRegistry} and {@link BankPages} audit what they show of it.
 */
@Service
@Transactional(readOnly = true)
class BankReads {

    private final MenteeRepository mentees;
    private final MentorRepository mentors;
    private final StaffManagement staff;
    private final Workloads workloads;

    BankReads(MenteeRepository mentees, MentorRepository mentors, StaffManagement staff, Workloads workloads) {
        this.mentees = mentees;
        this.mentors = mentors;
        this.staff = staff;
        this.workloads = workloads;
    }

    /** The entries as the bank shows them, not yet audited: the caller records the read of those it shows. */
    List<MenteeView> menteeViews(NastavnikPrincipal caller, OrganisationId organisation, BankFilter filter) {
        return namedMentees(caller, organisation, menteeCandidates(caller, organisation, filter));
    }

    /**
     * The entries that match the filter, without names unless it searches by name: a page of a large bank reads the
     * staff records of the people it shows only ({@link #namedMentees}).
     */
    List<MenteeView> menteeCandidates(NastavnikPrincipal caller, OrganisationId organisation, BankFilter filter) {
        BankRegistry.check(caller, organisation);
        List<MenteeView> found = mentees.inOrganisation(organisation.value(), filter.includeLeft()).stream()
                .map(e -> e.view(null))
                .filter(filter::matchesEntry)
                .toList();
        return filter.byPerson()
                ? namedMentees(caller, organisation, found).stream()
                        .filter(filter::matches)
                        .toList()
                : found;
    }

    /** The same entries with the names from the staff records (of these people only, in one query). */
    List<MenteeView> namedMentees(NastavnikPrincipal caller, OrganisationId organisation, List<MenteeView> views) {
        Map<PersonId, StaffView> staffById = staff.currentAmong(
                caller, organisation, views.stream().map(MenteeView::personId).toList());
        return views.stream().map(v -> v.named(nameOf(staffById, v.personId()))).toList();
    }

    List<MentorView> mentorViews(NastavnikPrincipal caller, OrganisationId organisation, BankFilter filter) {
        return namedMentors(caller, organisation, mentorCandidates(caller, organisation, filter));
    }

    /** As {@link #menteeCandidates}: the profiles are read for a search by name or subject only. */
    List<MentorView> mentorCandidates(NastavnikPrincipal caller, OrganisationId organisation, BankFilter filter) {
        BankRegistry.check(caller, organisation);
        var entries = mentors.inOrganisation(organisation.value(), filter.includeLeft());
        Map<PersonId, Integer> loads =
                workloads.of(entries.stream().map(e -> e.person()).toList());
        List<MentorView> found = entries.stream()
                .map(e -> e.view(BankProfiles.NONE, loads.getOrDefault(e.person(), 0)))
                .filter(filter::matchesEntry)
                .toList();
        return filter.byPerson()
                ? namedMentors(caller, organisation, found).stream()
                        .filter(filter::matches)
                        .toList()
                : found;
    }

    List<MentorView> namedMentors(NastavnikPrincipal caller, OrganisationId organisation, List<MentorView> views) {
        Map<PersonId, StaffView> staffById = staff.currentAmong(
                caller, organisation, views.stream().map(MentorView::personId).toList());
        return views.stream()
                .map(v -> v.with(BankProfiles.profile(staffById.get(v.personId()), null)))
                .toList();
    }

    /** A mentor's profile as it stands, for its edit form (opening it reads the person's card). */
    MentorView currentMentor(NastavnikPrincipal caller, OrganisationId organisation, PersonId person) {
        MentorEntry entry = currentMentorEntry(caller, organisation, person);
        return entry.view(BankProfiles.profile(staff.get(caller, organisation, person), null), workloads.of(person));
    }

    /** A mentee's request as it stands, for its edit form (opening it reads the person's card). */
    MenteeView currentMentee(NastavnikPrincipal caller, OrganisationId organisation, PersonId person) {
        MenteeEntry entry = currentMenteeEntry(caller, organisation, person);
        return entry.view(staff.get(caller, organisation, person).data().fullName());
    }

    MentorEntry currentMentorEntry(NastavnikPrincipal caller, OrganisationId organisation, PersonId person) {
        BankRegistry.check(caller, organisation);
        return mentors.current(person.value())
                .filter(e -> e.organisation().equals(organisation))
                .orElseThrow(NotFoundException::new);
    }

    MenteeEntry currentMenteeEntry(NastavnikPrincipal caller, OrganisationId organisation, PersonId person) {
        BankRegistry.check(caller, organisation);
        return mentees.current(person.value())
                .filter(e -> e.organisation().equals(organisation))
                .orElseThrow(NotFoundException::new);
    }

    /** Everything the banks hold or held about one person, newest first. */
    BankHistory history(NastavnikPrincipal caller, OrganisationId organisation, PersonId person) {
        BankRegistry.check(caller, organisation);
        String name = name(caller, organisation, person);
        StaffView view = staff.get(caller, organisation, person);
        return new BankHistory(
                mentees.history(person.value()).stream().map(e -> e.view(name)).toList(),
                mentors.history(person.value()).stream()
                        .map(e -> e.view(BankProfiles.profile(view, null), workloads.of(person)))
                        .toList());
    }

    String name(NastavnikPrincipal caller, OrganisationId organisation, PersonId person) {
        return nameOf(staffById(caller, organisation), person);
    }

    private Map<PersonId, StaffView> staffById(NastavnikPrincipal caller, OrganisationId organisation) {
        return staff.current(caller, organisation).stream()
                .collect(java.util.stream.Collectors.toMap(StaffView::id, v -> v));
    }

    private static String nameOf(Map<PersonId, StaffView> staffById, PersonId person) {
        StaffView view = staffById.get(person);
        return view == null ? "—" : view.data().fullName();
    }
}
