package ru.nastavnik.publishing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
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
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.events.EventId;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.publishing.internal.PublicationDraft;
import ru.nastavnik.publishing.internal.PublicationId;
import ru.nastavnik.publishing.internal.PublicationManagement;
import ru.nastavnik.publishing.internal.PublicationView;
import ru.nastavnik.publishing.internal.Saved;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.ETags;

/** A school's news for its curator's scripts: list, write, draft from a held event, edit (If-Match), publish. */
@RestController
@RequestMapping("/api/v1/organisations/{orgId}/publications")
@Tag(name = "Публикации")
class PublicationApiController {

    private final PublicationManagement publications;

    PublicationApiController(PublicationManagement publications) {
        this.publications = publications;
    }

    record Draft(String title, String body, List<PersonId> people) {

        PublicationDraft draft() {
            return new PublicationDraft(title, body, people);
        }
    }

    record FromEvent(EventId event) {}

    record Schedule(Instant at) {}

    @GetMapping
    @Operation(summary = "Новости организации: черновики, запланированные, опубликованные и снятые")
    List<PublicationView> list(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrganisationId orgId) {
        return publications.list(me, orgId);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Новость (ETag — для If-Match при изменении)")
    ResponseEntity<PublicationView> get(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable PublicationId id) {
        PublicationView view = publications.get(me, orgId, id);
        return ETags.ok(view.version(), view);
    }

    @PostMapping
    @Operation(summary = "Написать новость (текст очищается по белому списку; stripped — что удалено)")
    ResponseEntity<Saved> create(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @RequestBody Draft draft) {
        Saved saved = publications.create(me, orgId, draft.draft());
        return ResponseEntity.status(HttpStatus.CREATED)
                .eTag(ETags.of(saved.publication().version()))
                .body(saved);
    }

    @PostMapping("/from-event")
    @Operation(summary = "Черновик новости о проведённом мероприятии: дата, программа, итоги, число участников")
    ResponseEntity<Saved> fromEvent(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @RequestBody FromEvent from) {
        if (from.event() == null) {
            throw ru.nastavnik.shared.InvalidInputException.of("event", "publishing.fromEvent.eventRequired");
        }
        Saved saved = publications.draftFromEvent(me, orgId, from.event());
        return ResponseEntity.status(HttpStatus.CREATED)
                .eTag(ETags.of(saved.publication().version()))
                .body(saved);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Изменить новость (нужен If-Match; изменение сохраняется в истории)")
    ResponseEntity<Saved> update(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable PublicationId id,
            @RequestBody Draft draft,
            @Parameter(description = ETags.IF_MATCH) @RequestHeader(name = "If-Match", required = false)
                    String ifMatch) {
        Saved saved = publications.update(me, orgId, id, draft.draft(), ETags.parse(ifMatch));
        return ETags.ok(saved.publication().version(), saved);
    }

    @PostMapping("/{id}/publish")
    @Operation(summary = "Опубликовать (отказ со списком названных лиц без согласия на распространение)")
    PublicationView publish(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable PublicationId id) {
        return publications.publish(me, orgId, id);
    }

    @PostMapping("/{id}/schedule")
    @Operation(summary = "Запланировать публикацию на указанное время")
    PublicationView schedule(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable PublicationId id,
            @RequestBody Schedule schedule) {
        return ru.nastavnik.shared.InvalidInputException.naming(
                java.util.Map.of("scheduledAt", "at"), () -> publications.schedule(me, orgId, id, schedule.at()));
    }

    @PostMapping("/{id}/unpublish")
    @Operation(summary = "Снять с публикации")
    PublicationView unpublish(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable PublicationId id) {
        return publications.unpublish(me, orgId, id);
    }
}
