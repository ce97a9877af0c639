package ru.nastavnik.events.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import ru.nastavnik.events.AgendaEntry;
import ru.nastavnik.events.AttendanceRecorded;
import ru.nastavnik.events.EventAudience;
import ru.nastavnik.events.EventHeld;
import ru.nastavnik.events.EventId;
import ru.nastavnik.events.EventKind;
import ru.nastavnik.events.EventStatus;
import ru.nastavnik.events.EventView;
import ru.nastavnik.events.ProtocolDetails;
import ru.nastavnik.events.RegistrationStatus;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.PersonIdConverter;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.OrganisationIdConverter;
import ru.nastavnik.shared.OrganisationOwned;
import ru.nastavnik.shared.StaleVersionException;

/**
 * An event and everyone's answer to it. It guards the rules: no event in the past or ending before it starts,
 * one registration a person, places up to the capacity and then a waiting list (the first in the queue moves up
 * when a place frees), the room's code accepted only while the event runs, attendance only once it has begun.
 */
@Entity
@Table(name = "event")
class Event extends OrganisationOwned {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    private EventKind kind;

    @Column(name = "custom_kind_id")
    private UUID customKindId;

    @Column(name = "custom_kind")
    private String customKind;

    private String title;
    private String description;

    @Embedded
    private EventSchedule schedule;

    private String place;

    @Column(name = "online_link")
    private String onlineLink;

    private Integer capacity;

    @Enumerated(EnumType.STRING)
    private EventAudience audience = EventAudience.MENTORS;

    @Enumerated(EnumType.STRING)
    private EventStatus status;

    private int sequence;

    @Column(name = "checkin_code")
    private String checkinCode;

    @Column(name = "created_at")
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "event_school", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "organisation_id")
    @Convert(converter = OrganisationIdConverter.class)
    private Set<OrganisationId> schools = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "event_person", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "person_id")
    @Convert(converter = PersonIdConverter.class)
    private Set<PersonId> people = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "event_agenda_item", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    private List<AgendaItem> agenda = new ArrayList<>();

    @Embedded
    private Protocol protocol;

    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Registration> registrations = new ArrayList<>();

    @Version
    private Long version;

    protected Event() {}

    Event(OrganisationId organiser, ZoneId zone, EventDetails details, String customKindTitle, Instant now) {
        super(organiser);
        this.id = UUID.randomUUID();
        this.schedule = EventSchedule.in(zone);
        this.status = EventStatus.PLANNED;
        this.checkinCode = Attendance.newCode();
        this.createdAt = now;
        apply(details, customKindTitle, now);
    }

    void update(Long readVersion, EventDetails details, String customKindTitle, Instant now) {
        StaleVersionException.check(readVersion, version == null ? 0 : version);
        requirePlanned();
        int registered = count(RegistrationStatus.REGISTERED);
        if (details.capacity() != null && details.capacity() < registered) {
            throw InvalidInputException.of("capacity", "event.capacity.belowRegistered", registered);
        }
        apply(details, customKindTitle, now);
        sequence++;
        promoteWaiting(now);
    }

    private void apply(EventDetails details, String customKindTitle, Instant now) {
        EventRules.check(details, agenda.stream().map(AgendaItem::entry).toList(), now, schedule.zone());
        this.kind = details.kind();
        this.customKindId = details.kind() == EventKind.OTHER ? details.customKind() : null;
        this.customKind = details.kind() == EventKind.OTHER ? customKindTitle : null;
        this.title = details.title().strip();
        this.description = EventRules.blankToNull(details.description());
        this.schedule = schedule.at(details.startsAt(), details.endsAt());
        this.place = EventRules.blankToNull(details.place());
        this.onlineLink = EventRules.blankToNull(details.onlineLink());
        this.capacity = details.capacity();
        audience = details.audience();
        schools.clear();
        schools.addAll(details.schools());
        people.clear();
        people.addAll(details.people());
        agenda.clear();
        details.agenda().forEach(a -> agenda.add(new AgendaItem(a)));
    }

    /** The agenda line {@code index} becomes a pair presenting its practice (or stops being one: null). */
    void present(Long readVersion, int index, ru.nastavnik.practices.PracticeId practice) {
        StaleVersionException.check(readVersion, version == null ? 0 : version);
        if (index < 0 || index >= agenda.size()) {
            throw InvalidInputException.of("agenda", "event.agenda.practice.line");
        }
        AgendaEntry line = agenda.get(index).entry();
        agenda.set(
                index,
                new AgendaItem(
                        new AgendaEntry(line.time(), line.topic(), line.speaker(), line.speakerText(), practice)));
    }

    void recordProtocol(Long readVersion, ProtocolDetails details) {
        StaleVersionException.check(readVersion, version == null ? 0 : version);
        protocol = Protocol.record(kind, status, details);
    }

    ProtocolDetails protocolToPrint() {
        return Protocol.toPrint(kind, protocol);
    }

    void cancel() {
        requirePlanned();
        status = EventStatus.CANCELLED;
        sequence++;
    }

    EventHeld held(Instant now) {
        requirePlanned();
        schedule.requireBegun(now, "status", "event.held.notStarted");
        status = EventStatus.HELD;
        return new EventHeld(
                organisation(), new EventId(id), kind, schedule.startsAt(), schedule.endsAt(), attendees());
    }

    /** A round table decides on practices once it has begun (or was marked held); a cancelled one decides nothing. */
    void requireDecisions(Instant now) {
        if (kind != EventKind.ROUND_TABLE) {
            throw InvalidInputException.of("kind", "event.decision.notRoundTable");
        }
        if (status == EventStatus.CANCELLED) {
            throw InvalidInputException.of("status", "event.cancelled");
        }
        if (status != EventStatus.HELD) {
            schedule.requireBegun(now, "status", "event.decision.notStarted");
        }
    }

    /**
     * Whether a person of {@code school} may answer: named, a speaker of the agenda, or of the audience (mentors,
     * mentees, curators and directors) of an invited school.
     */
    boolean invites(
            PersonId person, OrganisationId school, boolean mentorThere, boolean menteeThere, boolean curatorThere) {
        return people.contains(person)
                || speakers().contains(person)
                || (schools.contains(school) && audience.takes(mentorThere, menteeThere, curatorThere));
    }

    Registration register(PersonId person, OrganisationId school, Instant now) {
        requireOpen(now);
        return WaitingList.register(this, registrations, capacity, person, school, now);
    }

    /** The person gives up her place (or says she will not come); returns whoever moved up from the waiting list. */
    Optional<Registration> decline(PersonId person, OrganisationId school, Instant now) {
        requireOpen(now);
        return WaitingList.decline(this, registrations, capacity, person, school, now);
    }

    AttendanceRecorded checkIn(PersonId person, OrganisationId school, String code, Instant now) {
        if (status == EventStatus.CANCELLED || !schedule.running(now)) {
            throw InvalidInputException.of("code", "event.checkIn.outside");
        }
        Attendance.checkCode(code, checkinCode);
        Attendance.cameIn(this, registrations, person, school, now);
        return new AttendanceRecorded(organisation(), new EventId(id), kind, List.of(person), List.of());
    }

    /**
     * The organiser's list of who was there: every registered person is present or not, and a person invited by name
     * who never answered online (no account, or the paper list) is registered by her mark; {@code schoolOf} names the
     * school of each such person.
     */
    AttendanceRecorded recordAttendance(Set<PersonId> present, Map<PersonId, OrganisationId> schoolOf, Instant now) {
        if (status == EventStatus.CANCELLED) {
            throw InvalidInputException.of("status", "event.cancelled");
        }
        schedule.requireBegun(now, "present", "event.attendance.notStarted");
        Attendance.registerInvited(this, registrations, invitedUnanswered(), present, schoolOf, now);
        Attendance.Changes changes = Attendance.mark(registrations, present, now);
        return new AttendanceRecorded(organisation(), new EventId(id), kind, changes.came(), changes.absent());
    }

    private List<Registration> promoteWaiting(Instant now) {
        return WaitingList.promote(registrations, capacity, now);
    }

    private int count(RegistrationStatus wanted) {
        return WaitingList.count(registrations, wanted);
    }

    private void requirePlanned() {
        if (status != EventStatus.PLANNED) {
            throw InvalidInputException.of(
                    "status", status == EventStatus.CANCELLED ? "event.cancelled" : "event.alreadyHeld");
        }
    }

    private void requireOpen(Instant now) {
        requirePlanned();
        schedule.requireNotOver(now, "person", "event.registration.closed");
    }

    /** The people invited by name, and the agenda's speakers, who have not answered online. */
    List<PersonId> invitedUnanswered() {
        return java.util.stream.Stream.concat(people.stream(), speakers().stream())
                .distinct()
                .filter(p -> registrationOf(p).isEmpty())
                .toList();
    }

    /**
     * The agenda's speakers named as people, each once. A speaker is invited (she answers and checks in as anyone
     * invited by name) and counts as present only when marked so — the protocol, the event's figures and her
     * certificate read the same marks.
     */
    List<PersonId> speakers() {
        return agenda.stream()
                .map(a -> a.entry().speaker())
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList();
    }

    Optional<Registration> registrationOf(PersonId person) {
        return registrations.stream().filter(r -> r.person().equals(person)).findFirst();
    }

    List<Registration> registrations() {
        return List.copyOf(registrations);
    }

    List<PersonId> attendees() {
        return registrations.stream()
                .filter(Registration::attended)
                .map(Registration::person)
                .toList();
    }

    UUID id() {
        return id;
    }

    String checkinCode() {
        return checkinCode;
    }

    EventView view() {
        return new EventView(
                new EventId(id),
                organisation(),
                kind,
                customKindId,
                customKind,
                title,
                description,
                schedule.startsAt(),
                schedule.endsAt(),
                schedule.zone(),
                place,
                onlineLink,
                capacity,
                status,
                sequence,
                List.copyOf(schools),
                audience,
                List.copyOf(people),
                agenda.stream().map(AgendaItem::entry).toList(),
                count(RegistrationStatus.REGISTERED),
                count(RegistrationStatus.WAITING),
                (int) registrations.stream().filter(Registration::attended).count(),
                createdAt,
                protocol == null || !protocol.complete() ? null : protocol.details(),
                version == null ? 0 : version);
    }
}
