package ru.nastavnik.events.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
import ru.nastavnik.events.DecisionKind;
import ru.nastavnik.events.DecisionView;
import ru.nastavnik.events.EventCard;
import ru.nastavnik.events.EventId;
import ru.nastavnik.events.EventSummary;
import ru.nastavnik.events.EventView;
import ru.nastavnik.events.Events;
import ru.nastavnik.events.ProtocolDetails;
import ru.nastavnik.events.internal.AgendaPractices;
import ru.nastavnik.events.internal.CustomKindView;
import ru.nastavnik.events.internal.CustomKinds;
import ru.nastavnik.events.internal.EventInvitees;
import ru.nastavnik.events.internal.EventManagement;
import ru.nastavnik.events.internal.OrganiserDocuments;
import ru.nastavnik.events.internal.RoundTableDecisionManagement;
import ru.nastavnik.practices.PracticeId;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.ETags;

/**
 * Events for scripts: planned, changed, cancelled and held, their documents, agenda and round-table decisions, the
 * people to invite and the kinds of events; taking part in them is {@link EventParticipationApiController}'s. The same
 * rules and refusals as the pages.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = EventApiController.TAG)
class EventApiController {

    /** The API description's section of these operations, shared by the controllers split from this one. */
    static final String TAG = "Мероприятия";

    private final Events events;
    private final EventManagement management;
    private final CustomKinds kinds;
    private final OrganiserDocuments documents;
    private final RoundTableDecisionManagement decisions;
    private final EventInvitees invitees;
    private final AgendaPractices agendaPractices;

    EventApiController(
            Events events,
            EventManagement management,
            CustomKinds kinds,
            OrganiserDocuments documents,
            RoundTableDecisionManagement decisions,
            EventInvitees invitees,
            AgendaPractices agendaPractices) {
        this.agendaPractices = agendaPractices;
        this.decisions = decisions;
        this.invitees = invitees;
        this.documents = documents;
        this.events = events;
        this.management = management;
        this.kinds = kinds;
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
