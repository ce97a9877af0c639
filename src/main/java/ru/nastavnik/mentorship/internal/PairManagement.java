package ru.nastavnik.mentorship.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.bank.MentorView;
import ru.nastavnik.mentorship.EndInitiator;
import ru.nastavnik.mentorship.MemberRole;
import ru.nastavnik.mentorship.MentorshipEnded;
import ru.nastavnik.mentorship.MentorshipId;
import ru.nastavnik.mentorship.MentorshipView;
import ru.nastavnik.mentorship.Mentorships;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Pages;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Forming and running pairs and groups, under the pairing rules of {@link PairingPolicy}: a pair is formed only
 * from people in the banks (so with a valid personal-data consent), within each mentor's capacity, and a mentor
 * from another school only if they agreed to the shared bank.
 */
@Service
@Transactional
public class PairManagement implements Mentorships {

    static final int NOTICE_RECORDED_WITHIN_DAYS = 31;

    private final MentorshipRepository mentorships;
    private final PairingPolicy policy;
    private final PairNames names;
    private final NoticeCalendar calendar;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PairManagement(
            MentorshipRepository mentorships,
            PairingPolicy policy,
            PairNames names,
            NoticeCalendar calendar,
            ApplicationEventPublisher events,
            Clock clock) {
        this.calendar = calendar;
        this.mentorships = mentorships;
        this.policy = policy;
        this.names = names;
        this.events = events;
        this.clock = clock;
    }

    public MentorshipView create(NastavnikPrincipal caller, OrganisationId organisation, NewMentorship request) {
        Mentorship formed = form(caller, organisation, request);
        return formed.view(names.of(caller, organisation, formed.people()));
    }

    /** Forms the pair or group (the checks, the locks, the event) and leaves showing it to the caller. */
    Mentorship form(NastavnikPrincipal caller, OrganisationId organisation, NewMentorship request) {
        check(caller, organisation);
        lock(java.util.stream.Stream.concat(request.mentors().stream(), request.mentees().stream())
                .toList());
        List<OrganisationId> menteeOrganisations = policy.mentees(organisation, request.mentees());
        List<OrganisationId> mentorOrganisations = policy.mentors(organisation, request);
        Mentorship created = mentorships.save(
                new Mentorship(organisation, request, mentorOrganisations, menteeOrganisations, clock.instant()));
        // no event: nothing in another module follows from a pair being planned (see docs/class-splits.md); what
        // does follow is published when the pair starts (MentorshipStarted) or ends (MentorshipEnded)
        audit(organisation, created, "сформирована наставническая пара (группа)");
        return created;
    }

    private void lock(List<PersonId> people) {
        people.stream()
                .map(p -> p.value().getMostSignificantBits() ^ p.value().getLeastSignificantBits())
                .sorted()
                .forEach(mentorships::lockPerson);
    }

    /** How many mentees the mentor has now in pairs and groups that are not ended. */
    @Transactional(readOnly = true)
    public int load(PersonId mentor) {
        return policy.load(mentor);
    }

    /** The pairs with their members' names; the list is a read of everyone in it (one audit record). */
    @Transactional(readOnly = true)
    public List<MentorshipView> list(NastavnikPrincipal caller, OrganisationId organisation) {
        return list(caller, organisation, null, Pageable.unpaged()).getContent();
    }

    /** A page of the pairs, those with a member whose name has {@code q} in it; the read is of the page's members. */
    @Transactional(readOnly = true)
    public Page<MentorshipView> list(NastavnikPrincipal caller, OrganisationId organisation, String q, Pageable asked) {
        check(caller, organisation);
        List<Mentorship> pairs = mentorships.inOrganisation(organisation.value());
        Function<PersonId, String> named = names.of(
                caller,
                organisation,
                pairs.stream().flatMap(m -> m.people().stream()).collect(Collectors.toSet()));
        Page<MentorshipView> page = Pages.cut(
                pairs.stream()
                        .map(m -> m.view(named))
                        .filter(v -> v.members().stream().anyMatch(m -> Pages.named(q, m.fullName())))
                        .toList(),
                asked);
        events.publishEvent(AuditEvent.ofMany(
                organisation, AuditAction.READ, "Person", members(page.getContent()), "в списке пар"));
        return page;
    }

    /** The pairs without names, for figures (the roadmap): nobody is shown, so nobody's data is read. */
    @Transactional(readOnly = true)
    public List<MentorshipView> withoutNames(NastavnikPrincipal caller, OrganisationId organisation) {
        check(caller, organisation);
        return mentorships.inOrganisation(organisation.value()).stream()
                .map(m -> m.view(p -> ""))
                .toList();
    }

    @Transactional(readOnly = true)
    public MentorshipView get(NastavnikPrincipal caller, MentorshipId id) {
        Mentorship mentorship = managed(caller, id);
        MentorshipView view = mentorship.view(names.of(caller, mentorship.organisation(), mentorship.people()));
        events.publishEvent(AuditEvent.ofMany(
                mentorship.organisation(),
                AuditAction.READ,
                "Person",
                members(List.of(view)),
                "карточка пары (группы)"));
        return view;
    }

    static List<java.util.UUID> members(List<MentorshipView> views) {
        return views.stream()
                .flatMap(v -> v.members().stream())
                .map(m -> m.personId().value())
                .distinct()
                .toList();
    }

    public MentorshipView pause(NastavnikPrincipal caller, MentorshipId id) {
        return change(caller, id, "приостановлена", m -> m.pause(calendar.today(m.organisation())));
    }

    public MentorshipView resume(NastavnikPrincipal caller, MentorshipId id) {
        return change(caller, id, "возобновлена", m -> m.resume(calendar.today(m.organisation())));
    }

    public MentorshipView complete(NastavnikPrincipal caller, MentorshipId id) {
        MentorshipView view = change(caller, id, "завершена", m -> m.complete(calendar.today(m.organisation())));
        events.publishEvent(new MentorshipEnded(view.organisationId(), view.id()));
        return view;
    }

    public MentorshipView terminate(
            NastavnikPrincipal caller,
            MentorshipId id,
            EndInitiator initiator,
            LocalDate notice,
            LocalDate effective,
            String reason) {
        if (initiator == null) {
            throw InvalidInputException.of("initiator", "mentorship.end.initiator");
        }
        LocalDate today = calendar.today(managed(caller, id).organisation());
        LocalDate noticeOn = notice == null ? today : notice;
        // a notice is recorded when given, or a few weeks later from paper; never ahead, never years back
        if (noticeOn.isAfter(today) || noticeOn.isBefore(today.minusDays(NOTICE_RECORDED_WITHIN_DAYS))) {
            throw InvalidInputException.of("noticeOn", "mentorship.end.noticeDate", NOTICE_RECORDED_WITHIN_DAYS);
        }
        LocalDate effectiveOn = effective == null ? noticeOn : effective;
        MentorshipView view = change(
                caller,
                id,
                effectiveOn.isAfter(today)
                        ? "досрочное прекращение назначено на " + ru.nastavnik.shared.web.Dates.DATE.format(effectiveOn)
                        : "прекращена досрочно",
                m -> m.terminate(initiator, noticeOn, effectiveOn, reason, calendar.days(), today));
        if (view.status().ended()) {
            events.publishEvent(new MentorshipEnded(view.organisationId(), view.id()));
        }
        return view;
    }

    public MentorshipView cancelTermination(NastavnikPrincipal caller, MentorshipId id) {
        return change(caller, id, "досрочное прекращение отменено", Mentorship::cancelTermination);
    }

    public MentorshipView replaceMentor(
            NastavnikPrincipal caller, MentorshipId id, PersonId leaving, PersonId coming, String reason) {
        Mentorship mentorship = managed(caller, id);
        lock(List.of(coming));
        MentorView entry = policy.replacement(mentorship, coming);
        mentorship.replaceMentor(
                leaving, coming, entry.organisationId(), calendar.today(mentorship.organisation()), reason);
        audit(mentorship.organisation(), mentorship, "смена наставника");
        return mentorship.view(names.of(caller, mentorship.organisation(), mentorship.people()));
    }

    /** Everyone now in these pairs, read in one query. */
    List<java.util.UUID> memberIds(java.util.Collection<MentorshipId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return mentorships
                .findAllIn(ids.stream().map(MentorshipId::value).distinct().toList())
                .stream()
                .flatMap(m -> java.util.stream.Stream.concat(
                        m.current(MemberRole.MENTOR).stream(), m.current(MemberRole.MENTEE).stream()))
                .map(PersonId::value)
                .distinct()
                .toList();
    }

    Mentorship loaded(MentorshipId id) {
        return mentorships.findById(id.value()).orElseThrow(NotFoundException::new);
    }

    List<Mentorship> runningAndEndedWith(PersonId person) {
        return mentorships.allWith(person.value());
    }

    Mentorship managed(NastavnikPrincipal caller, MentorshipId id) {
        Mentorship mentorship = mentorships.findById(id.value()).orElseThrow(NotFoundException::new);
        check(caller, mentorship.organisation());
        return mentorship;
    }

    /** Names of these people for the pair views of callers elsewhere in the module ({@link PairNames}). */
    Function<PersonId, String> names(
            NastavnikPrincipal caller, OrganisationId organisation, java.util.Collection<PersonId> people) {
        return names.of(caller, organisation, java.util.Set.copyOf(people));
    }

    /** A curator or director of the organisation, else 404: who manages its pairs. */
    public static void check(NastavnikPrincipal caller, OrganisationId organisation) {
        if (!caller.hasAnyIn(organisation, Role.DIRECTOR, Role.CURATOR)) {
            throw new NotFoundException();
        }
    }

    private MentorshipView change(
            NastavnikPrincipal caller, MentorshipId id, String what, java.util.function.Consumer<Mentorship> change) {
        Mentorship mentorship = managed(caller, id);
        change.accept(mentorship);
        audit(mentorship.organisation(), mentorship, "наставническая пара (группа) " + what);
        return mentorship.view(names.of(caller, mentorship.organisation(), mentorship.people()));
    }

    private void audit(OrganisationId organisation, Mentorship mentorship, String details) {
        events.publishEvent(new AuditEvent(organisation, AuditAction.UPDATE, "Mentorship", mentorship.id(), details));
    }

    /** The organisation's own date (its time zone's), for a page's default dates. */
    public LocalDate today(OrganisationId organisation) {
        return calendar.today(organisation);
    }
}
