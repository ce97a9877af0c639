package ru.nastavnik.bank.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.bank.BankFilter;
import ru.nastavnik.bank.MentorView;
import ru.nastavnik.bank.TopicView;
import ru.nastavnik.bank.Vocabulary;
import ru.nastavnik.consent.ConsentCheck;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.organisation.OrganisationKind;
import ru.nastavnik.organisation.OrganisationSummary;
import ru.nastavnik.organisation.Organisations;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffProfiles;
import ru.nastavnik.people.StaffView;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * What a municipality or region sees: the mentors of all its schools who agreed to the shared bank (and whose
 * consent is still valid), and how often each need occurs across its schools — counts only, no names.
 */
@Service
@Transactional(readOnly = true)
public class SharedBank {

    static final int SIZE = 50;

    private final MentorRepository mentors;
    private final MenteeRepository mentees;
    private final Organisations organisations;
    private final StaffProfiles profiles;
    private final ConsentCheck consents;
    private final Vocabulary vocabulary;
    private final ApplicationEventPublisher events;
    private final Workloads workloads;

    SharedBank(
            MentorRepository mentors,
            MenteeRepository mentees,
            Organisations organisations,
            StaffProfiles profiles,
            ConsentCheck consents,
            Vocabulary vocabulary,
            ApplicationEventPublisher events,
            Workloads workloads) {
        this.workloads = workloads;
        this.mentors = mentors;
        this.mentees = mentees;
        this.organisations = organisations;
        this.profiles = profiles;
        this.consents = consents;
        this.vocabulary = vocabulary;
        this.events = events;
    }

    /**
     * A page of the area's shared mentors, by name: a region's thousand schools have thousands of them (the whole
     * list was 2.6 s a view). Sorting, searching and the consents are settled on ids and names read in SQL; only the
     * page's entries and staff records are loaded, and only their reads are recorded.
     */
    @Transactional
    public Page<MentorView> mentors(NastavnikPrincipal caller, OrganisationId area, BankFilter filter, int page) {
        Map<UUID, OrganisationSummary> schools = schools(caller, area);
        List<Found> found = found(schools, filter);
        int pages = Math.max(1, (found.size() + SIZE - 1) / SIZE);
        int number = Math.min(Math.max(page, 0), pages - 1);
        List<Found> slice = found.subList(number * SIZE, Math.min(found.size(), (number + 1) * SIZE));
        return new PageImpl<>(shown(caller, schools, slice), PageRequest.of(number, SIZE), found.size());
    }

    /** All of them (the API's list). */
    @Transactional
    public List<MentorView> mentors(NastavnikPrincipal caller, OrganisationId area, BankFilter filter) {
        Map<UUID, OrganisationSummary> schools = schools(caller, area);
        return shown(caller, schools, found(schools, filter));
    }

    /** Needs across the area's schools, most common first; a count, never a person. */
    public Map<String, Long> needs(NastavnikPrincipal caller, OrganisationId area) {
        Map<UUID, OrganisationSummary> schools = schools(caller, area);
        Map<String, String> titles =
                vocabulary.of(area).stream().collect(Collectors.toMap(TopicView::code, TopicView::title, (a, b) -> a));
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : mentees.needCounts(schools.keySet().toArray(UUID[]::new))) {
            counts.merge(
                    titles.getOrDefault((String) row[0], (String) row[0]), ((Number) row[1]).longValue(), Long::sum);
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    /** A shared mentor as the list is sorted and searched: her entry, her name and subjects. */
    private record Found(UUID entry, PersonId person, String fullName) {}

    /** Those the filter finds, with a valid consent to the shared bank (one query for all), by name. */
    private List<Found> found(Map<UUID, OrganisationSummary> schools, BankFilter filter) {
        List<Found> rows = new ArrayList<>();
        for (Object[] row : mentors.sharedRows(schools.keySet().toArray(UUID[]::new), filter.topicOrNull())) {
            String subjects = (String) row[3];
            if (filter.matchesPerson(
                    (String) row[2],
                    subjects == null || subjects.isEmpty() ? List.of() : List.of(subjects.split("\u001f")))) {
                rows.add(new Found((UUID) row[0], new PersonId((UUID) row[1]), (String) row[2]));
            }
        }
        Set<PersonId> consented =
                consents.withValid(rows.stream().map(Found::person).toList(), ConsentPurpose.SHARED_BANK);
        return rows.stream()
                .filter(f -> consented.contains(f.person()))
                .sorted(Comparator.comparing(Found::fullName, ru.nastavnik.shared.RussianOrder.NAMES)
                        .thenComparing(Found::entry))
                .toList();
    }

    private List<MentorView> shown(
            NastavnikPrincipal caller, Map<UUID, OrganisationSummary> schools, List<Found> found) {
        List<PersonId> people = found.stream().map(Found::person).toList();
        Map<UUID, MentorEntry> entries = mentors
                .findAllById(found.stream().map(Found::entry).toList())
                .stream()
                .collect(Collectors.toMap(MentorEntry::id, Function.identity()));
        Map<PersonId, StaffView> staff = profiles.of(people);
        Map<PersonId, Integer> loads = workloads.of(people);
        List<MentorView> views = found.stream()
                .filter(f -> entries.containsKey(f.entry()) && staff.containsKey(f.person()))
                .map(f -> entries.get(f.entry()))
                .map(m -> m.view(
                        BankProfiles.profile(
                                staff.get(m.person()),
                                schools.get(m.organisation().value()).name()),
                        loads.getOrDefault(m.person(), 0)))
                .toList();
        // each school's log names its own mentors the methodologist saw: one record per school, not per mentor
        views.stream()
                .collect(Collectors.groupingBy(
                        MentorView::organisationId,
                        LinkedHashMap::new,
                        Collectors.mapping(v -> v.personId().value(), Collectors.toList())))
                .forEach((school, ids) -> events.publishEvent(AuditEvent.ofMany(
                        school,
                        AuditAction.READ,
                        "Person",
                        ids,
                        "общий банк наставников: просмотр методистом " + caller.getUsername())));
        return views;
    }

    private Map<UUID, OrganisationSummary> schools(NastavnikPrincipal caller, OrganisationId area) {
        // The SHARED_BANK consent covers the municipal/regional methodologists, not the installation's administrator.
        boolean allowed = caller.hasAnyIn(area, Role.REGIONAL_METHODOLOGIST, Role.MUNICIPAL_METHODOLOGIST);
        if (!allowed) {
            throw new NotFoundException();
        }
        return organisations.subtree(area).stream()
                .filter(o -> o.kind() == OrganisationKind.ORGANISATION)
                .collect(Collectors.toMap(
                        o -> o.id().value(), Function.identity(), (a, b) -> a, java.util.TreeMap::new));
    }
}
