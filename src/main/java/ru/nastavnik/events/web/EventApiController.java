package ru.nastavnik.events.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.events.AgendaPractices;
import ru.nastavnik.events.CustomKindView;
import ru.nastavnik.events.CustomKinds;
import ru.nastavnik.events.DecisionKind;
import ru.nastavnik.events.DecisionView;
import ru.nastavnik.events.EventCalendar;
import ru.nastavnik.events.EventCard;
import ru.nastavnik.events.EventDocuments;
import ru.nastavnik.events.EventId;
import ru.nastavnik.events.EventInvitees;
import ru.nastavnik.events.EventManagement;
import ru.nastavnik.events.EventRegistrations;
import ru.nastavnik.events.EventSummary;
import ru.nastavnik.events.EventView;
import ru.nastavnik.events.Events;
import ru.nastavnik.events.Participation;
import ru.nastavnik.events.ProtocolDetails;
import ru.nastavnik.events.RegistrationView;
import ru.nastavnik.events.RoundTableDecisions;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.practices.PracticeId;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.ETags;

/** Events, registrations and attendance for scripts; the same rules and refusals as the pages. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Мероприятия")
class EventApiController {

    private final Events events;
    private final EventManagement management;
    private final EventRegistrations registrations;
    private final CustomKinds kinds;
    private final EventCalendar calendar;
    private final EventDocuments documents;
    private final RoundTableDecisions decisions;
    private final EventInvitees invitees;
    private final AgendaPractices agendaPractices;

    EventApiController(
            Events events,
            EventManagement management,
            EventRegistrations registrations,
            CustomKinds kinds,
            EventCalendar calendar,
            EventDocuments documents,
            RoundTableDecisions decisions,
            EventInvitees invitees,
            AgendaPractices agendaPractices) {
        this.agendaPractices = agendaPractices;
        this.decisions = decisions;
        this.invitees = invitees;
        this.documents = documents;
        this.calendar = calendar;
        this.events = events;
        this.management = management;
        this.registrations = registrations;
        this.kinds = kinds;
    }

    record CheckIn(String code) {}

    record Attendance(List<String> present) {

        Set<PersonId> people() {
            return present == null
                    ? Set.of()
                    : present.stream().map(PersonId::of).collect(java.util.stream.Collectors.toSet());
        }
    }

    record KindRequest(String title) {}

    record DecisionRequest(DecisionKind kind, List<String> practices) {

        List<PracticeId> named() {
            return practices == null
                    ? List.of()
                    : practices.stream().map(PracticeId::of).toList();
        }
    }

    @GetMapping("/organisations/{orgId}/events")
    @Operation(summary = "Мероприятия, которые видит организация: свои, муниципалитета и региона")
    List<EventSummary> list(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrganisationId orgId) {
        return events.list(me, orgId);
    }

    @PostMapping("/organisations/{orgId}/events")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Создать мероприятие организации (время — по часовому поясу организатора)")
    EventView plan(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @RequestBody EventRequest body) {
        return management.plan(me, orgId, body.details());
    }

    @GetMapping("/events/{id}")
    @Operation(summary = "Карточка мероприятия (ETag — для If-Match при изменении)")
    ResponseEntity<EventCard> card(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable EventId id) {
        EventCard card = events.card(me, id);
        return ETags.ok(card.event().version(), card);
    }

    @PutMapping("/events/{id}")
    @Operation(summary = "Изменить мероприятие (SEQUENCE в календаре растёт)")
    ResponseEntity<EventView> update(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable EventId id,
            @RequestBody EventRequest body,
            @Parameter(description = ETags.IF_MATCH) @RequestHeader(name = "If-Match", required = false)
                    String ifMatch) {
        EventView updated = management.update(me, id, ETags.parse(ifMatch), body.details());
        return ETags.ok(updated.version(), updated);
    }

    @PostMapping("/events/{id}/cancel")
    @Operation(summary = "Отменить мероприятие")
    EventView cancel(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable EventId id) {
        return management.cancel(me, id);
    }

    @PostMapping("/events/{id}/held")
    @Operation(summary = "Отметить мероприятие как проведённое")
    EventView held(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable EventId id) {
        return management.held(me, id);
    }

    @PostMapping("/events/{id}/registration")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Зарегистрироваться на мероприятие (сверх числа мест — в лист ожидания)")
    RegistrationView register(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable EventId id) {
        return registrations.register(me, id);
    }

    @PostMapping("/events/{id}/decline")
    @Operation(summary = "Отказаться от участия в мероприятии")
    RegistrationView decline(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable EventId id) {
        return registrations.decline(me, id);
    }

    @PostMapping("/events/{id}/check-in")
    @Operation(summary = "Отметиться кодом, показанным в зале (только во время мероприятия)")
    RegistrationView checkIn(
            @AuthenticationPrincipal NastavnikPrincipal me, @PathVariable EventId id, @RequestBody CheckIn body) {
        return registrations.checkIn(me, id, body.code());
    }

    @PutMapping("/events/{id}/attendance")
    @Operation(summary = "Отметить, кто из зарегистрированных присутствовал (present — все присутствовавшие)")
    EventView attendance(
            @AuthenticationPrincipal NastavnikPrincipal me, @PathVariable EventId id, @RequestBody Attendance body) {
        return management.recordAttendance(me, id, body.people());
    }

    @GetMapping("/organisations/{orgId}/event-participation")
    @Operation(summary = "Участие педагогов школы в мероприятиях: регистрации и посещение")
    List<Participation> participation(
            @AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrganisationId orgId) {
        return events.participation(me, orgId);
    }

    @GetMapping("/events/{id}/calendar.ics")
    @Operation(summary = "Мероприятие в формате iCalendar (.ics)")
    ResponseEntity<String> eventFile(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable EventId id) {
        return CalendarController.ics(calendar.eventFile(me, id), calendar.eventFileName());
    }

    record Feed(String url) {}

    @PostMapping("/me/calendar-feed")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Выпустить личную ссылку на календарь мероприятий (прежняя перестаёт действовать)")
    Feed issueFeed(@AuthenticationPrincipal NastavnikPrincipal me) {
        return new Feed(CalendarController.feedUrl(calendar.issueFeed(me)));
    }

    @DeleteMapping("/me/calendar-feed")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Отозвать личную ссылку на календарь мероприятий")
    void revokeFeed(@AuthenticationPrincipal NastavnikPrincipal me) {
        calendar.revokeFeed(me);
    }

    @GetMapping("/events/{id}/attendance-sheet")
    @Operation(summary = "Лист регистрации участников мероприятия (format: docx или pdf)")
    ResponseEntity<byte[]> attendanceSheet(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable EventId id,
            @RequestParam(defaultValue = "docx") String format) {
        return EventDocumentController.download(documents.attendanceSheet(me, id, "pdf".equals(format)));
    }

    @PutMapping("/events/{id}/protocol")
    @Operation(
            summary =
                    "Записать протокол семинара, конференции или круглого стола (номер, председатель, секретарь, слушали, выступили, решили)")
    ResponseEntity<EventView> saveProtocol(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable EventId id,
            @RequestBody ProtocolDetails body,
            @Parameter(description = ETags.IF_MATCH) @RequestHeader(name = "If-Match", required = false)
                    String ifMatch) {
        EventView saved = documents.saveProtocol(me, id, ETags.parse(ifMatch), body);
        return ETags.ok(saved.version(), saved);
    }

    @GetMapping("/events/{id}/protocol")
    @Operation(summary = "Протокол мероприятия со списком присутствовавших в приложении (format: docx или pdf)")
    ResponseEntity<byte[]> protocol(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable EventId id,
            @RequestParam(defaultValue = "docx") String format) {
        return EventDocumentController.download(documents.protocol(me, id, "pdf".equals(format)));
    }

    record Presented(String practice) {}

    @PutMapping("/events/{id}/agenda/{index}/practice")
    @Operation(
            summary =
                    "Пара представляет практику: назначить строке программы (index с нуля) практику из копилки организатора (practice: null — снять)")
    ResponseEntity<EventView> present(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable EventId id,
            @PathVariable int index,
            @RequestBody Presented body,
            @Parameter(description = ETags.IF_MATCH) @RequestHeader(name = "If-Match", required = false)
                    String ifMatch) {
        EventView view = agendaPractices.present(
                me,
                id,
                ETags.parse(ifMatch),
                index,
                body.practice() == null || body.practice().isBlank()
                        ? null
                        : ru.nastavnik.practices.PracticeId.of(body.practice()));
        return ETags.ok(view.version(), view);
    }

    @GetMapping("/events/{id}/decisions")
    @Operation(summary = "Решения круглого стола по практикам")
    List<DecisionView> decisions(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable EventId id) {
        return decisions.of(me, id);
    }

    @PostMapping("/events/{id}/decisions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary =
                    "Записать решение круглого стола: признать практики лучшими (RECOGNISE_BEST) или рекомендовать на уровень выше (RECOMMEND_UPWARD)")
    List<DecisionView> decide(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable EventId id,
            @RequestBody DecisionRequest body) {
        return decisions.record(me, id, body.kind(), body.named());
    }

    @GetMapping("/organisations/{orgId}/event-invitees")
    @Operation(summary = "Найти педагогов территории организатора по ФИО, чтобы пригласить лично (до 20, от двух букв)")
    List<EventInvitees.Invitee> invitees(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @RequestParam(defaultValue = "") String q) {
        return invitees.search(me, orgId, q);
    }

    @GetMapping("/organisations/{orgId}/event-kinds")
    @Operation(summary = "Свои виды мероприятий организации и вышестоящих")
    List<CustomKindView> kinds(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrganisationId orgId) {
        return kinds.available(me, orgId);
    }

    @PostMapping("/organisations/{orgId}/event-kinds")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Добавить свой вид мероприятия")
    CustomKindView addKind(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @RequestBody KindRequest body) {
        return kinds.add(me, orgId, body.title());
    }
}
