package ru.nastavnik.events.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.events.AgendaEntry;
import ru.nastavnik.events.AttendanceRecorded;
import ru.nastavnik.events.EventId;
import ru.nastavnik.events.EventKind;
import ru.nastavnik.events.EventView;
import ru.nastavnik.organisation.OrganisationSummary;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffProfiles;
import ru.nastavnik.people.StaffView;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** The organiser's side: plan, change, cancel an event, record who was there and that it was held. */
@Service
@Transactional
public class EventManagement {

    private final EventRepository events;
    private final EventAccess access;
    private final CustomKinds kinds;
    private final StaffProfiles profiles;
    private final EventAudit audit;
    private final EventInvitations invitations;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    private final ru.nastavnik.practices.PracticeDecisions practices;

    EventManagement(
            EventRepository events,
            EventAccess access,
            CustomKinds kinds,
            StaffProfiles profiles,
            EventAudit audit,
            EventInvitations invitations,
            ApplicationEventPublisher publisher,
            Clock clock,
            ru.nastavnik.practices.PracticeDecisions practices) {
        this.practices = practices;
        this.invitations = invitations;
        this.events = events;
        this.access = access;
        this.kinds = kinds;
        this.profiles = profiles;
        this.audit = audit;
        this.publisher = publisher;
        this.clock = clock;
    }

    public EventView plan(NastavnikPrincipal caller, OrganisationId organiser, EventDetails details) {
        access.checkOrganiser(caller, organiser);
        Map<PersonId, OrganisationId> named = checkInvited(organiser, details);
        Event event = events.save(new Event(
                organiser, access.zone(organiser), details, customTitle(organiser, details), clock.instant()));
        audit.people(
                named,
                AuditAction.CREATE,
                "приглашение на мероприятие «" + details.title().strip() + "»");
        invitations.send(event.view(), invitations.addressesOf(event.view()), false);
        return event.view();
    }

    public EventView update(NastavnikPrincipal caller, EventId id, Long readVersion, EventDetails details) {
        Event event = changing(caller, id);
        Map<PersonId, OrganisationId> named = checkInvited(event.organisation(), details);
        Set<String> before = invitations.addressesOf(event.view());
        event.update(readVersion, details, customTitle(event.organisation(), details), clock.instant());
        audit.people(
                named,
                AuditAction.UPDATE,
                "изменено мероприятие «" + details.title().strip() + "»");
        EventView changed = events.saveAndFlush(event).view();
        Set<String> after = invitations.addressesOf(changed);
        invitations.send(changed, after, true);
        before.removeAll(after);
        invitations.withdraw(changed, before);
        return changed;
    }

    public EventView cancel(NastavnikPrincipal caller, EventId id) {
        Event event = changing(caller, id);
        event.cancel();
        invitations.send(event.view(), invitations.addressesOf(event.view()), true);
        return event.view();
    }

    public EventView held(NastavnikPrincipal caller, EventId id) {
        Event event = changing(caller, id);
        publisher.publishEvent(event.held(clock.instant()));
        return event.view();
    }

    public EventView recordAttendance(NastavnikPrincipal caller, EventId id, Set<PersonId> present) {
        Event event = changing(caller, id);
        List<PersonId> unanswered =
                event.invitedUnanswered().stream().filter(present::contains).toList();
        Map<PersonId, OrganisationId> schoolOf = unanswered.isEmpty()
                ? Map.of()
                : profiles.of(unanswered).values().stream()
                        .collect(Collectors.toMap(StaffView::id, StaffView::organisationId));
        AttendanceRecorded recorded = event.recordAttendance(present, schoolOf, clock.instant());
        publisher.publishEvent(recorded);
        Map<PersonId, OrganisationId> schools = event.registrations().stream()
                .collect(Collectors.toMap(Registration::person, Registration::school, (a, b) -> a));
        Map<PersonId, OrganisationId> changed = new LinkedHashMap<>();
        recorded.present().forEach(p -> changed.put(p, schools.get(p)));
        recorded.absent().forEach(p -> changed.put(p, schools.get(p)));
        audit.people(changed, AuditAction.UPDATE, "отметка посещения мероприятия");
        return event.view();
    }

    public boolean mayOrganise(NastavnikPrincipal caller, OrganisationId organiser) {
        return access.organises(caller, organiser);
    }

    /** The event as its organiser edits it. */
    @Transactional(readOnly = true)
    public EventView editable(NastavnikPrincipal caller, EventId id) {
        return organised(caller, id).view();
    }

    /** The schools whose mentors the organiser may invite, and the zone its times are in. */
    @Transactional(readOnly = true)
    public Invitable invitable(NastavnikPrincipal caller, OrganisationId organiser) {
        access.checkOrganiser(caller, organiser);
        return new Invitable(
                access.name(organiser),
                access.zone(organiser),
                access.invitableSchools(organiser).stream()
                        .collect(Collectors.toMap(
                                OrganisationSummary::id, o -> access.name(o.id()), (a, b) -> a, LinkedHashMap::new)));
    }

    public record Invitable(String organiserName, java.time.ZoneId zone, Map<OrganisationId, String> schools) {}

    /** The code to show in the room, for the organiser only. */
    @Transactional(readOnly = true)
    public String checkinCode(NastavnikPrincipal caller, EventId id) {
        return organised(caller, id).checkinCode();
    }

    Event organised(NastavnikPrincipal caller, EventId id) {
        return organised(caller, events.findById(id.value()));
    }

    /** As {@link #organised(NastavnikPrincipal, EventId)}, locked: the change queues behind registrations in progress. */
    Event changing(NastavnikPrincipal caller, EventId id) {
        return organised(caller, events.lockById(id.value()));
    }

    private Event organised(NastavnikPrincipal caller, java.util.Optional<Event> found) {
        Event event = found.orElseThrow(NotFoundException::new);
        access.checkOrganiser(caller, event.organisation());
        return event;
    }

    private String customTitle(OrganisationId organiser, EventDetails details) {
        return details.kind() == EventKind.OTHER && details.customKind() != null
                ? kinds.titleFor(organiser, details.customKind())
                : null;
    }

    /** Invited schools lie in the organiser's territory, named people and speakers work in it. */
    private Map<PersonId, OrganisationId> checkInvited(OrganisationId organiser, EventDetails details) {
        AgendaPractices.check(practices, organiser, details.agenda());
        Set<OrganisationId> schools = access.invitableSchools(organiser).stream()
                .map(OrganisationSummary::id)
                .collect(Collectors.toSet());
        if (!schools.containsAll(details.schools())) {
            throw InvalidInputException.of("schools", "event.schools.outside");
        }
        List<PersonId> speakers = details.agenda().stream()
                .map(AgendaEntry::speaker)
                .filter(s -> s != null)
                .toList();
        Map<PersonId, StaffView> staff =
                profiles.of(java.util.stream.Stream.concat(details.people().stream(), speakers.stream())
                        .distinct()
                        .toList());
        Map<PersonId, OrganisationId> named = new LinkedHashMap<>();
        for (PersonId person : details.people()) {
            named.put(person, inTerritory(staff.get(person), organiser, "people", "event.people.outside"));
        }
        for (PersonId speaker : speakers) {
            named.put(speaker, inTerritory(staff.get(speaker), organiser, "agenda", "event.agenda.speaker.outside"));
        }
        return named;
    }

    private OrganisationId inTerritory(StaffView person, OrganisationId organiser, String field, String message) {
        if (person == null || !access.isWithin(person.organisationId(), organiser)) {
            throw InvalidInputException.of(field, message);
        }
        return person.organisationId();
    }
}
