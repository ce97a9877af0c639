package ru.nastavnik.events.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.events.AgendaEntry;
import ru.nastavnik.events.EventCard;
import ru.nastavnik.events.EventId;
import ru.nastavnik.events.EventSummary;
import ru.nastavnik.events.EventView;
import ru.nastavnik.events.Events;
import ru.nastavnik.events.ParticipantView;
import ru.nastavnik.events.RegistrationView;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffProfiles;
import ru.nastavnik.people.StaffView;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * What the events pages and the API read: the list, an event's card (other modules through {@link Events}), a
 * school's participation.
 */
@Service
@Transactional(readOnly = true)
public class EventReads implements Events {

    private final EventRepository events;
    private final EventAccess access;
    private final StaffProfiles profiles;
    private final EventAudit audit;
    private final java.time.Clock clock;

    EventReads(
            EventRepository events,
            EventAccess access,
            StaffProfiles profiles,
            EventAudit audit,
            java.time.Clock clock) {
        this.events = events;
        this.access = access;
        this.profiles = profiles;
        this.audit = audit;
        this.clock = clock;
    }

    /** The events an organisation's people see: its own, its municipality's and region's (a territory's too, for its methodologist). */
    @Override
    public List<EventSummary> list(NastavnikPrincipal caller, OrganisationId from) {
        Optional<EventAccess.Participant> me = access.participant(caller);
        Map<OrganisationId, String> names = new java.util.HashMap<>();
        return events.organisedBy(access.organisersSeenFrom(caller, from)).stream()
                .map(e -> {
                    Optional<Registration> mine = me.flatMap(p -> e.registrationOf(p.person()));
                    EventView view = access.organises(caller, e.organisation())
                            ? e.view()
                            : e.view().withoutNamedPeople();
                    return new EventSummary(
                            view,
                            names.computeIfAbsent(e.organisation(), access::name),
                            mine.map(Registration::status).orElse(null),
                            mine.map(Registration::attended).orElse(false));
                })
                .toList();
    }

    @Override
    public List<EventSummary> comingForMe(NastavnikPrincipal caller, int limit) {
        Optional<EventAccess.Participant> me = access.participant(caller);
        if (me.isEmpty()) {
            return List.of();
        }
        EventAccess.Participant p = me.get();
        Map<OrganisationId, String> names = new java.util.HashMap<>();
        return events
                .comingFor(
                        p.person().value(),
                        p.school().value(),
                        p.mentor(),
                        p.mentee(),
                        p.curator(),
                        clock.instant(),
                        limit)
                .stream()
                .map(e -> {
                    Optional<Registration> mine = e.registrationOf(p.person());
                    return new EventSummary(
                            e.view().withoutNamedPeople(),
                            names.computeIfAbsent(e.organisation(), access::name),
                            mine.map(Registration::status).orElse(null),
                            false);
                })
                .toList();
    }

    @Transactional
    @Override
    public EventCard card(NastavnikPrincipal caller, EventId id) {
        Event event = access.visible(caller, events.findById(id.value()));
        boolean organiser = access.organises(caller, event.organisation());
        EventView view = organiser ? event.view() : event.view().withoutNamedPeople();
        Optional<EventAccess.Participant> me = access.participant(caller);
        Map<PersonId, StaffView> unanswered = organiser ? invitedOnly(event) : Map.of();
        Table table = table(
                event,
                r -> organiser || access.managesSchool(caller, r.school()),
                "участники мероприятия «" + view.title() + "»",
                unanswered);
        Speakers speakers = speakers(view);
        return new EventCard(
                view,
                access.name(event.organisation()),
                organiser,
                me.map(p -> event.invites(p.person(), p.school(), p.mentor(), p.mentee(), p.curator()))
                        .orElse(false),
                me.flatMap(p -> event.registrationOf(p.person()))
                        .map(Registration::view)
                        .orElse(null),
                me.map(p -> event.speakers().contains(p.person())).orElse(false),
                view.schools().stream().map(access::name).toList(),
                speakers.names(),
                speakers.apart(),
                table.participants(),
                table.invitedOnly(),
                organiser && !access.headNamed(event.organisation()),
                organiser ? event.checkinCode() : null);
    }

    /** The people invited by name with no answer yet, for the organiser to mark from the paper list. */
    private Map<PersonId, StaffView> invitedOnly(Event event) {
        List<PersonId> unanswered = event.invitedUnanswered();
        if (unanswered.isEmpty()) {
            return Map.of();
        }
        Map<PersonId, StaffView> staff = profiles.of(unanswered);
        audit.people(
                staff.values().stream().collect(Collectors.toMap(StaffView::id, StaffView::organisationId)),
                AuditAction.READ,
                "приглашённые на мероприятие «" + event.view().title() + "» без ответа");
        return staff;
    }

    /** For a school's director or curator: her people's answers and attendance at every event they were invited to. */
    @Transactional
    public List<Participation> participation(NastavnikPrincipal caller, OrganisationId school) {
        if (!access.managesSchool(caller, school)) {
            throw new NotFoundException();
        }
        return events.withParticipantsOf(school.value()).stream()
                .sorted(Comparator.comparing((Event e) -> e.view().startsAt()).reversed())
                .map(e -> new Participation(
                        e.view().withoutNamedPeople(),
                        access.name(e.organisation()),
                        participants(
                                e,
                                r -> r.school().equals(school),
                                "участие сотрудников в мероприятии «" + e.view().title() + "»")))
                .toList();
    }

    /** The registrations the caller may see, with names; reading them is audited in each person's school. */
    List<ParticipantView> participants(Event event, Predicate<Registration> shown, String why) {
        return table(event, shown, why, Map.of()).participants();
    }

    /** The participants' table: those who answered, then those invited by name without an answer. */
    private record Table(List<ParticipantView> participants, List<EventCard.Invited> invitedOnly) {}

    /**
     * The registrations the caller may see and {@code unanswered} below them, with names — one who shares her name with
     * another in the table told apart ({@link Namesakes}); reading the registrations is audited in each person's school.
     */
    private Table table(Event event, Predicate<Registration> shown, String why, Map<PersonId, StaffView> unanswered) {
        List<RegistrationView> visible = event.registrations().stream()
                .filter(shown)
                .map(Registration::view)
                .toList();
        Map<PersonId, StaffView> staff = visible.isEmpty()
                ? Map.of()
                : profiles.of(visible.stream().map(RegistrationView::person).toList());
        if (!visible.isEmpty()) {
            audit.registrations(visible, AuditAction.READ, why);
        }
        Map<PersonId, String> apart = Namesakes.apart(
                Stream.concat(staff.values().stream(), unanswered.values().stream())
                        .toList(),
                access::name);
        List<ParticipantView> participants = visible.stream()
                .map(r -> new ParticipantView(
                        r,
                        staff.containsKey(r.person())
                                ? staff.get(r.person()).data().fullName()
                                : "—",
                        access.name(r.school()),
                        apart.getOrDefault(r.person(), "")))
                .sorted(Comparator.comparing(ParticipantView::fullName, ru.nastavnik.shared.RussianOrder.NAMES))
                .toList();
        List<EventCard.Invited> invitedOnly = unanswered.values().stream()
                .map(v -> new EventCard.Invited(
                        v.id(), v.data().fullName(), access.name(v.organisationId()), apart.getOrDefault(v.id(), "")))
                .sorted(Comparator.comparing(EventCard.Invited::fullName, ru.nastavnik.shared.RussianOrder.NAMES))
                .toList();
        return new Table(participants, invitedOnly);
    }

    /** Each agenda line's speaker by name, and what tells her from a namesake speaking too ("" for none). */
    private record Speakers(List<String> names, List<String> apart) {}

    private Speakers speakers(EventView view) {
        List<PersonId> people = view.agenda().stream()
                .map(AgendaEntry::speaker)
                .filter(s -> s != null)
                .distinct()
                .toList();
        Map<PersonId, StaffView> staff = people.isEmpty() ? Map.of() : profiles.of(people);
        audit.people(
                staff.values().stream()
                        .collect(java.util.stream.Collectors.toMap(StaffView::id, StaffView::organisationId)),
                AuditAction.READ,
                "докладчик мероприятия «" + view.title() + "»");
        List<String> names = view.agenda().stream()
                .map(a -> Stream.of(
                                a.speaker() != null && staff.containsKey(a.speaker())
                                        ? staff.get(a.speaker()).data().fullName()
                                        : null,
                                a.speakerText())
                        .filter(s -> s != null)
                        .findFirst()
                        .orElse(""))
                .toList();
        return new Speakers(names, Namesakes.agenda(view.agenda(), staff, access::name));
    }
}
