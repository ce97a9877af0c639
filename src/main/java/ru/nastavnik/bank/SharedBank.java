package ru.nastavnik.bank;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

    private final MentorRepository mentors;
    private final MenteeRepository mentees;
    private final Organisations organisations;
    private final StaffProfiles profiles;
    private final ConsentCheck consents;
    private final Vocabulary vocabulary;
    private final ApplicationEventPublisher events;
    private final Workloads workloads;

    SharedBank(MentorRepository mentors, MenteeRepository mentees, Organisations organisations, StaffProfiles profiles,
            ConsentCheck consents, Vocabulary vocabulary, ApplicationEventPublisher events, Workloads workloads) {
        this.workloads = workloads;
        this.mentors = mentors;
        this.mentees = mentees;
        this.organisations = organisations;
        this.profiles = profiles;
        this.consents = consents;
        this.vocabulary = vocabulary;
        this.events = events;
    }

    @Transactional
    public List<MentorView> mentors(NastavnikPrincipal caller, OrganisationId area, BankFilter filter) {
        Map<UUID, OrganisationSummary> schools = schools(caller, area);
        List<MentorEntry> shared = mentors.sharedIn(schools.keySet()).stream()
                .filter(m -> consents.hasValid(m.person(), ConsentPurpose.SHARED_BANK)).toList();
        Map<PersonId, StaffView> staff = profiles.of(shared.stream().map(MentorEntry::person).toList());
        Map<PersonId, Integer> loads = workloads.of(shared.stream().map(MentorEntry::person).toList());
        List<MentorView> views = shared.stream().filter(m -> staff.containsKey(m.person()))
                .map(m -> m.view(BankProfiles.profile(staff.get(m.person()), schools.get(m.organisation().value()).name()),
                        loads.getOrDefault(m.person(), 0)))
                .filter(filter::matches)
                .sorted(Comparator.comparing((MentorView v) -> v.profile().fullName()))
                .toList();
        // each school's log names its own mentors the methodologist saw: one record per school, not per mentor
        views.stream().collect(java.util.stream.Collectors.groupingBy(MentorView::organisationId,
                        java.util.stream.Collectors.mapping(v -> v.personId().value(), java.util.stream.Collectors.toList())))
                .forEach((school, ids) -> events.publishEvent(AuditEvent.ofMany(school, AuditAction.READ, "Person", ids,
                        "общий банк наставников: просмотр методистом " + caller.getUsername())));
        return views;
    }

    /** Needs across the area's schools, most common first; a count, never a person. */
    public Map<String, Long> needs(NastavnikPrincipal caller, OrganisationId area) {
        Map<UUID, OrganisationSummary> schools = schools(caller, area);
        Map<String, String> titles = vocabulary.of(area).stream()
                .collect(Collectors.toMap(TopicView::code, TopicView::title, (a, b) -> a));
        Map<String, Long> counts = mentees.currentIn(schools.keySet()).stream()
                .flatMap(m -> m.view("").needs().stream())
                .collect(Collectors.groupingBy(code -> titles.getOrDefault(code, code), Collectors.counting()));
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    private Map<UUID, OrganisationSummary> schools(NastavnikPrincipal caller, OrganisationId area) {
        // The SHARED_BANK consent covers the municipal/regional methodologists, not the installation's administrator.
        boolean allowed = caller.hasAnyIn(area, Role.REGIONAL_METHODOLOGIST, Role.MUNICIPAL_METHODOLOGIST);
        if (!allowed) {
            throw new NotFoundException();
        }
        return organisations.subtree(area).stream().filter(o -> o.kind() == OrganisationKind.ORGANISATION)
                .collect(Collectors.toMap(o -> o.id().value(), Function.identity(), (a, b) -> a, TreeMap::new));
    }
}
