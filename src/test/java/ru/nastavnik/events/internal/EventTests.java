package ru.nastavnik.events.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.nastavnik.events.AttendanceRecorded;
import ru.nastavnik.events.EventAudience;
import ru.nastavnik.events.EventKind;
import ru.nastavnik.events.EventStatus;
import ru.nastavnik.events.RegistrationStatus;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;

class EventTests {

    static final ZoneId ZONE = ZoneId.of("Asia/Yekaterinburg");
    static final LocalDateTime START = LocalDateTime.of(2030, 3, 10, 10, 0);
    static final Instant NOW = LocalDateTime.of(2030, 3, 1, 9, 0).atZone(ZONE).toInstant();
    static final OrganisationId DISTRICT = new OrganisationId(UUID.randomUUID());
    static final OrganisationId SCHOOL = new OrganisationId(UUID.randomUUID());

    static EventDetails seminar(Integer capacity) {
        return new EventDetails(
                EventKind.SEMINAR,
                null,
                "Семинар наставников",
                null,
                START,
                START.plusHours(2),
                "Актовый зал",
                null,
                capacity,
                List.of(SCHOOL),
                List.of(),
                List.of());
    }

    static Event event(Integer capacity) {
        return new Event(DISTRICT, ZONE, seminar(capacity), null, NOW);
    }

    static PersonId person() {
        return new PersonId(UUID.randomUUID());
    }

    static String field(Throwable e) {
        return ((InvalidInputException) e).problems().get(0).field() + ":"
                + ((InvalidInputException) e).problems().get(0).messageKey();
    }

    @Test
    void theOrganisersWallClockTimeIsKeptInItsZone() {
        assertThat(event(null).view().startsAt()).isEqualTo(Instant.parse("2030-03-10T05:00:00Z"));
    }

    @Test
    void anEventInThePastOrEndingBeforeItStartsIsRefusedNamingTheField() {
        assertThatThrownBy(() -> new Event(
                        DISTRICT,
                        ZONE,
                        new EventDetails(
                                EventKind.SEMINAR,
                                null,
                                "Т",
                                null,
                                LocalDateTime.of(2030, 2, 1, 10, 0),
                                LocalDateTime.of(2030, 2, 1, 9, 0),
                                "Зал",
                                null,
                                null,
                                List.of(SCHOOL),
                                List.of(),
                                List.of()),
                        null,
                        NOW))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInputException.Problem::messageKey)
                                .containsExactly("event.startsAt.past", "event.endsAt.beforeStart"));
    }

    @Test
    void anEventAHundredYearsAheadIsATypoInTheYearAndIsRefused() {
        EventDetails d = seminar(null);
        assertThatThrownBy(() -> new Event(
                        DISTRICT,
                        ZONE,
                        new EventDetails(
                                d.kind(),
                                d.customKind(),
                                d.title(),
                                d.description(),
                                START.plusYears(100),
                                START.plusYears(100).plusHours(2),
                                d.place(),
                                d.onlineLink(),
                                d.capacity(),
                                d.schools(),
                                d.people(),
                                d.agenda()),
                        null,
                        NOW))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInputException.Problem::messageKey)
                                .containsExactly("event.startsAt.tooFar"));
    }

    @Test
    void overCapacityGoesToTheWaitingListAndMovesUpWhenAPlaceFrees() {
        Event event = event(2);
        PersonId first = person(), second = person(), third = person(), fourth = person();
        assertThat(event.register(first, SCHOOL, NOW).status()).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(event.register(second, SCHOOL, NOW.plusSeconds(1)).status())
                .isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(event.register(third, SCHOOL, NOW.plusSeconds(2)).status()).isEqualTo(RegistrationStatus.WAITING);
        assertThat(event.register(fourth, SCHOOL, NOW.plusSeconds(3)).status()).isEqualTo(RegistrationStatus.WAITING);

        assertThat(event.decline(first, SCHOOL, NOW.plusSeconds(4)))
                .get()
                .extracting(Registration::person)
                .isEqualTo(third);
        assertThat(event.registrationOf(third).orElseThrow().status()).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(event.registrationOf(fourth).orElseThrow().status()).isEqualTo(RegistrationStatus.WAITING);
        assertThat(event.view().registered()).isEqualTo(2);
        assertThat(event.view().waiting()).isEqualTo(1);
    }

    @Test
    void raisingTheCapacityPromotesTheWaitingAndLoweringItBelowTheRegisteredIsRefused() {
        Event event = event(1);
        PersonId first = person(), second = person();
        event.register(first, SCHOOL, NOW);
        event.register(second, SCHOOL, NOW.plusSeconds(1));
        event.update(0L, seminar(2), null, NOW);
        assertThat(event.registrationOf(second).orElseThrow().status()).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(event.view().sequence()).isEqualTo(1);
        assertThatThrownBy(() -> event.update(0L, seminar(1), null, NOW))
                .satisfies(e -> assertThat(field(e)).isEqualTo("capacity:event.capacity.belowRegistered"));
    }

    @Test
    void aDuplicateRegistrationIsRefusedButOneWhoDeclinedMayComeBack() {
        Event event = event(null);
        PersonId teacher = person();
        event.register(teacher, SCHOOL, NOW);
        assertThatThrownBy(() -> event.register(teacher, SCHOOL, NOW))
                .satisfies(e -> assertThat(field(e)).isEqualTo("person:event.registration.duplicate"));
        event.decline(teacher, SCHOOL, NOW);
        assertThat(event.register(teacher, SCHOOL, NOW).status()).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(event.registrations()).hasSize(1);
    }

    @Test
    void theRoomsCodeWorksOnlyWhileTheEventRuns() {
        Event event = event(null);
        PersonId teacher = person();
        Instant start = event.view().startsAt();
        String code = event.checkinCode();
        assertThatThrownBy(() -> event.checkIn(teacher, SCHOOL, code, start.minusSeconds(60)))
                .satisfies(e -> assertThat(field(e)).isEqualTo("code:event.checkIn.outside"));
        assertThatThrownBy(() -> event.checkIn(
                        teacher, SCHOOL, code, event.view().endsAt().plusSeconds(1)))
                .satisfies(e -> assertThat(field(e)).isEqualTo("code:event.checkIn.outside"));
        assertThatThrownBy(() -> event.checkIn(teacher, SCHOOL, "000000", start.plusSeconds(60)))
                .satisfies(e -> assertThat(field(e)).isEqualTo("code:event.checkIn.wrongCode"));
        assertThat(event.registrations()).isEmpty();

        assertThat(code).matches("[A-HJ-NP-Z2-9]{6}");
        // typed in lower case from the screen, it is the same code
        AttendanceRecorded recorded =
                event.checkIn(teacher, SCHOOL, " " + code.toLowerCase() + " ", start.plusSeconds(60));
        assertThat(recorded.present()).containsExactly(teacher);
        assertThat(event.registrationOf(teacher).orElseThrow().view().selfCheckedIn())
                .isTrue();
    }

    @Test
    void attendanceIsMarkedOnceTheEventBeganForRegisteredPeopleOnlyAndTheHeldEventNamesThem() {
        Event event = event(null);
        PersonId came = person(), stayedAway = person();
        event.register(came, SCHOOL, NOW);
        event.register(stayedAway, SCHOOL, NOW);
        Instant during = event.view().startsAt().plusSeconds(600);
        assertThatThrownBy(() -> event.recordAttendance(Set.of(came), Map.of(), NOW))
                .satisfies(e -> assertThat(field(e)).isEqualTo("present:event.attendance.notStarted"));
        assertThatThrownBy(() -> event.recordAttendance(Set.of(person()), Map.of(), during))
                .satisfies(e -> assertThat(field(e)).isEqualTo("present:event.attendance.notRegistered"));

        AttendanceRecorded recorded = event.recordAttendance(Set.of(came), Map.of(), during);
        assertThat(recorded.present()).containsExactly(came);
        assertThat(recorded.absent()).isEmpty();
        assertThat(event.held(during).attended()).containsExactly(came);
        assertThatThrownBy(() -> event.register(person(), SCHOOL, during))
                .satisfies(e -> assertThat(field(e)).isEqualTo("status:event.alreadyHeld"));
    }

    @Test
    void aPersonInvitedByNameWhoNeverAnsweredOnlineIsRegisteredByTheOrganisersMark() {
        PersonId named = person(), stranger = person();
        EventDetails details = seminar(null);
        Event event = new Event(
                DISTRICT,
                ZONE,
                new EventDetails(
                        details.kind(),
                        details.customKind(),
                        details.title(),
                        details.description(),
                        details.startsAt(),
                        details.endsAt(),
                        details.place(),
                        details.onlineLink(),
                        details.capacity(),
                        details.schools(),
                        List.of(named),
                        details.agenda()),
                null,
                NOW);
        Instant during = event.view().startsAt().plusSeconds(600);
        assertThatThrownBy(() -> event.recordAttendance(Set.of(stranger), Map.of(stranger, SCHOOL), during))
                .satisfies(e -> assertThat(field(e)).isEqualTo("present:event.attendance.notRegistered"));

        AttendanceRecorded recorded = event.recordAttendance(Set.of(named), Map.of(named, SCHOOL), during);
        assertThat(recorded.present()).containsExactly(named);
        Registration registration = event.registrationOf(named).orElseThrow();
        assertThat(registration.status()).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(registration.school()).isEqualTo(SCHOOL);
        assertThat(registration.view().selfCheckedIn()).isFalse();
        assertThat(event.held(during).attended()).containsExactly(named);
    }

    @Test
    void onlyMentorsOfInvitedSchoolsAndNamedPeopleAreInvited() {
        PersonId named = person();
        Event event = new Event(
                DISTRICT,
                ZONE,
                new EventDetails(
                        EventKind.ROUND_TABLE,
                        null,
                        "Круглый стол",
                        null,
                        START,
                        START.plusHours(1),
                        null,
                        "https://vk.com/call/1",
                        null,
                        List.of(SCHOOL),
                        List.of(named),
                        List.of()),
                null,
                NOW);
        OrganisationId elsewhere = new OrganisationId(UUID.randomUUID());
        assertThat(event.invites(person(), SCHOOL, true, false, false)).isTrue();
        assertThat(event.invites(person(), SCHOOL, false, false, false)).isFalse();
        assertThat(event.invites(person(), SCHOOL, false, true, false))
                .as("a mentee: mentors only")
                .isFalse();
        assertThat(event.invites(person(), elsewhere, true, false, false)).isFalse();
        assertThat(event.invites(named, elsewhere, false, false, false)).isTrue();
    }

    /** A speaker of the agenda is invited as one named: she answers, checks in and is marked as anyone else. */
    @Test
    void anAgendasSpeakerIsInvitedAndAwaitsHerAnswerAsOneNamed() {
        PersonId speaker = person();
        EventDetails withSpeaker = seminar(null)
                .withAgenda(List.of(new ru.nastavnik.events.AgendaEntry(null, "Опыт пары", speaker, null)));
        Event event = new Event(DISTRICT, ZONE, withSpeaker, null, NOW);
        OrganisationId elsewhere = new OrganisationId(UUID.randomUUID());
        assertThat(event.invites(speaker, elsewhere, false, false, false)).isTrue();
        assertThat(event.invitedUnanswered()).containsExactly(speaker);
    }

    /** A conference where the pairs present their work invites the schools' mentees too, or only them. */
    @Test
    void anEventForTheSchoolsMenteesOrBothInvitesThemAndKeepsItsAudienceWhenChanged() {
        EventDetails both = seminar(null).withAudience(EventAudience.MENTORS_AND_MENTEES);
        Event event = new Event(DISTRICT, ZONE, both, null, NOW);
        assertThat(event.invites(person(), SCHOOL, true, false, false)).isTrue();
        assertThat(event.invites(person(), SCHOOL, false, true, false)).isTrue();
        assertThat(event.invites(person(), SCHOOL, false, false, false)).isFalse();
        assertThat(event.view().audience()).isEqualTo(EventAudience.MENTORS_AND_MENTEES);

        event.update(0L, seminar(null).withAudience(EventAudience.MENTEES), null, NOW);
        assertThat(event.invites(person(), SCHOOL, true, false, false)).isFalse();
        assertThat(event.invites(person(), SCHOOL, false, true, false)).isTrue();
        assertThat(seminar(null).audience())
                .as("unsaid: the mentors, as before")
                .isEqualTo(EventAudience.MENTORS);
    }

    /** A municipality's seminar for the schools' curators of mentorship and directors invites them, not the pairs. */
    @Test
    void anEventForTheSchoolsCuratorsInvitesTheirCuratorsAndDirectorsOnly() {
        Event event = new Event(DISTRICT, ZONE, seminar(null).withAudience(EventAudience.CURATORS), null, NOW);
        assertThat(event.invites(person(), SCHOOL, false, false, true)).isTrue();
        assertThat(event.invites(person(), SCHOOL, true, false, false)).isFalse();
        assertThat(event.invites(person(), SCHOOL, false, true, false)).isFalse();
        assertThat(event.invites(person(), SCHOOL, true, true, false)).isFalse();
    }

    @Test
    void aCancelledEventTakesNoRegistrationAndRaisesItsSequence() {
        Event event = event(null);
        event.cancel();
        assertThat(event.view().status()).isEqualTo(EventStatus.CANCELLED);
        assertThat(event.view().sequence()).isEqualTo(1);
        assertThatThrownBy(() -> event.register(person(), SCHOOL, NOW))
                .satisfies(e -> assertThat(field(e)).isEqualTo("status:event.cancelled"));
    }
}
