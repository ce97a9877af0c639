package ru.nastavnik.mentorship.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.mentorship.MemberRole;
import ru.nastavnik.mentorship.MemberView;
import ru.nastavnik.mentorship.MentorshipId;
import ru.nastavnik.mentorship.MentorshipView;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffProfiles;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** What a mentor's employer sees of the pairs its mentors serve in other schools through the shared bank. */
@Service
public class EmployerPairs {

    private final MentorshipRepository mentorships;
    private final StaffProfiles profiles;
    private final ApplicationEventPublisher events;

    EmployerPairs(MentorshipRepository mentorships, StaffProfiles profiles, ApplicationEventPublisher events) {
        this.mentorships = mentorships;
        this.profiles = profiles;
        this.events = events;
    }

    /**
     * Pairs of other schools in which this school's mentors serve (through the shared bank): their employer makes
     * the supplementary agreement and pays for the mentoring, so it must see them.
     */
    @Transactional(readOnly = true)
    public List<MentorshipView> servedElsewhere(NastavnikPrincipal caller, OrganisationId organisation) {
        PairManagement.check(caller, organisation);
        List<Mentorship> found = mentorships.withMentorsOf(organisation.value()).stream()
                .filter(m -> !m.organisation().equals(organisation))
                .toList();
        Map<PersonId, String> names = new HashMap<>();
        profiles.of(found.stream()
                        .flatMap(m -> Stream.concat(
                                m.current(MemberRole.MENTOR).stream(), m.current(MemberRole.MENTEE).stream()))
                        .distinct()
                        .toList())
                .forEach((person, view) -> names.put(person, view.data().fullName()));
        List<MentorshipView> pairs = found.stream()
                .map(m -> {
                    // only what the employer needs for the agreement: who works with whom now, the period and the
                    // status
                    MentorshipView v = m.view(p -> names.getOrDefault(p, "—"));
                    return new MentorshipView(
                            v.id(),
                            v.organisationId(),
                            v.form(),
                            v.startsOn(),
                            v.endsOn(),
                            v.status(),
                            v.members().stream().filter(MemberView::current).toList(),
                            null,
                            null,
                            v.endedOn(),
                            null,
                            null,
                            null,
                            v.terminationDueOn());
                })
                .toList();
        pairs.forEach(p -> {
            read(organisation, p.id(), "просмотр пар других школ с наставниками школы");
            read(p.organisationId(), p.id(), "пара просмотрена школой, в которой работает наставник");
        });
        return pairs;
    }

    private void read(OrganisationId organisation, MentorshipId pair, String details) {
        events.publishEvent(new AuditEvent(organisation, AuditAction.READ, "Mentorship", pair.value(), details));
    }
}
