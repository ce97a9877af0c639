package ru.nastavnik.events.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.events.EventId;
import ru.nastavnik.events.EventView;
import ru.nastavnik.events.RegistrationView;
import ru.nastavnik.events.internal.EventCalendar;
import ru.nastavnik.events.internal.EventManagement;
import ru.nastavnik.events.internal.EventReads;
import ru.nastavnik.events.internal.EventRegistrations;
import ru.nastavnik.events.internal.Participation;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.PublicBaseUrl;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Taking part in events, for scripts: registration, declining, the check-in code, the attendance recorded, a school's
 * participation, and the calendar (one event's file, the personal feed); the same rules and refusals as the pages.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = EventApiController.TAG)
class EventParticipationApiController {

    private final EventReads events;
    private final EventManagement management;
    private final EventRegistrations registrations;
    private final EventCalendar calendar;
    private final PublicBaseUrl site;

    EventParticipationApiController(
            EventReads events,
            EventManagement management,
            EventRegistrations registrations,
            EventCalendar calendar,
            PublicBaseUrl site) {
        this.events = events;
        this.management = management;
        this.registrations = registrations;
        this.calendar = calendar;
        this.site = site;
    }

    record CheckIn(String code) {}

    record Attendance(List<String> present) {

        Set<PersonId> people() {
            return present == null
                    ? Set.of()
                    : present.stream().map(PersonId::of).collect(java.util.stream.Collectors.toSet());
        }
    }

    @PostMapping("/events/{id}/registration")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            operationId = "eventRegister",
            summary = "Зарегистрироваться на мероприятие (сверх числа мест — в лист ожидания)")
    RegistrationView register(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable EventId id) {
        return registrations.register(me, id);
    }

    @PostMapping("/events/{id}/decline")
    @Operation(operationId = "eventDecline", summary = "Отказаться от участия в мероприятии")
    RegistrationView decline(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable EventId id) {
        return registrations.decline(me, id);
    }

    @PostMapping("/events/{id}/check-in")
    @Operation(
            operationId = "eventCheckIn",
            summary = "Отметиться кодом, показанным в зале (только во время мероприятия)")
    RegistrationView checkIn(
            @AuthenticationPrincipal NastavnikPrincipal me, @PathVariable EventId id, @RequestBody CheckIn body) {
        return registrations.checkIn(me, id, body.code());
    }

    @PutMapping("/events/{id}/attendance")
    @Operation(
            operationId = "eventAttendance",
            summary = "Отметить, кто из зарегистрированных присутствовал (present — все присутствовавшие)")
    EventView attendance(
            @AuthenticationPrincipal NastavnikPrincipal me, @PathVariable EventId id, @RequestBody Attendance body) {
        return management.recordAttendance(me, id, body.people());
    }

    @GetMapping("/organisations/{orgId}/event-participation")
    @Operation(
            operationId = "eventParticipation",
            summary = "Участие педагогов школы в мероприятиях: регистрации и посещение")
    List<Participation> participation(
            @AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrganisationId orgId) {
        return events.participation(me, orgId);
    }

    @GetMapping("/events/{id}/calendar.ics")
    @Operation(operationId = "eventEventFile", summary = "Мероприятие в формате iCalendar (.ics)")
    ResponseEntity<String> eventFile(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable EventId id) {
        return CalendarController.ics(calendar.eventFile(me, id), calendar.eventFileName());
    }

    record Feed(String url) {}

    @PostMapping("/me/calendar-feed")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            operationId = "eventIssueFeed",
            summary = "Выпустить личную ссылку на календарь мероприятий (прежняя перестаёт действовать)")
    Feed issueFeed(@AuthenticationPrincipal NastavnikPrincipal me) {
        return new Feed(CalendarController.feedUrl(site, calendar.issueFeed(me)));
    }

    @DeleteMapping("/me/calendar-feed")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "eventRevokeFeed", summary = "Отозвать личную ссылку на календарь мероприятий")
    void revokeFeed(@AuthenticationPrincipal NastavnikPrincipal me) {
        calendar.revokeFeed(me);
    }
}
