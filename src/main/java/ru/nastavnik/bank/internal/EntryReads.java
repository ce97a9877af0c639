package ru.nastavnik.bank.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.bank.BankEntries;
import ru.nastavnik.bank.MenteeView;
import ru.nastavnik.bank.MentorFigures;
import ru.nastavnik.bank.MentorView;
import ru.nastavnik.bank.TrainingStatus;
import ru.nastavnik.organisation.SchoolDates;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;

/**
 * The current bank entries for the modules downstream (matching, pairs), which check the caller's rights
 * themselves. Names are not included (the profile is empty): each caller reads them from the staff records
 * it may see.
 */
@Service
@Transactional(readOnly = true)
class EntryReads implements BankEntries {

    private final MenteeRepository mentees;
    private final MentorRepository mentors;
    private final SchoolDates dates;

    EntryReads(MenteeRepository mentees, MentorRepository mentors, SchoolDates dates) {
        this.mentees = mentees;
        this.mentors = mentors;
        this.dates = dates;
    }

    /** Entries here come without the load: the callers downstream count it themselves. */
    public Optional<MenteeView> currentMentee(PersonId person) {
        return mentees.current(person.value()).map(e -> e.view(null));
    }

    public Optional<MentorView> currentMentor(PersonId person) {
        return mentors.current(person.value()).map(e -> e.view(BankProfiles.NONE, 0));
    }

    /** The current mentee entries of these people (those in the bank), read in one query: a cabinet of several pairs. */
    public Map<PersonId, MenteeView> currentMentees(Collection<PersonId> people) {
        if (people.isEmpty()) {
            return Map.of();
        }
        Map<PersonId, MenteeView> found = new LinkedHashMap<>();
        mentees.currentAmong(people.stream().map(PersonId::value).toList()).stream()
                .map(e -> e.view(null))
                .forEach(v -> found.put(v.personId(), v));
        return found;
    }

    /** Who is in the organisation's mentee bank now, for figures (ids only, no entry is loaded). */
    public List<PersonId> menteeIds(OrganisationId organisation) {
        return mentees.currentPeople(organisation.value()).stream()
                .map(PersonId::new)
                .toList();
    }

    /** Who is in the organisation's mentor bank now (with this training status, if one is given), for figures. */
    public List<PersonId> mentorIds(OrganisationId organisation, TrainingStatus status) {
        List<UUID> ids = status == null
                ? mentors.currentPeople(organisation.value())
                : mentors.currentPeople(organisation.value(), status);
        return ids.stream().map(PersonId::new).toList();
    }

    public MentorFigures mentorFigures(OrganisationId organisation) {
        Object[] row =
                mentors.figures(organisation.value(), dates.today(organisation)).get(0);
        return new MentorFigures(count(row[0]), count(row[1]), count(row[2]));
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }

    public List<MenteeView> mentees(Collection<OrganisationId> organisations) {
        return mentees.currentIn(ids(organisations)).stream()
                .map(e -> e.view(null))
                .toList();
    }

    public List<MentorView> mentors(OrganisationId organisation) {
        return mentors.inOrganisation(organisation.value(), false).stream()
                .map(e -> e.view(BankProfiles.NONE, 0))
                .toList();
    }

    /** The current mentors of all these organisations, in one query (a region's run has a thousand schools). */
    public List<MentorView> mentors(Collection<OrganisationId> organisations) {
        return mentors.currentIn(ids(organisations)).stream()
                .map(e -> e.view(BankProfiles.NONE, 0))
                .toList();
    }

    /** Mentors of these organisations who agreed (with the separate consent) to serve other schools. */
    public List<MentorView> sharedMentors(Collection<OrganisationId> organisations) {
        return mentors.sharedIn(ids(organisations)).stream()
                .map(e -> e.view(BankProfiles.NONE, 0))
                .toList();
    }

    private static List<UUID> ids(Collection<OrganisationId> organisations) {
        return organisations.stream().map(OrganisationId::value).toList();
    }
}
