package ru.nastavnik.roadmap.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
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
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.roadmap.ActivityStatus;
import ru.nastavnik.roadmap.internal.ActivityId;
import ru.nastavnik.roadmap.internal.PlanView;
import ru.nastavnik.roadmap.internal.PlanView.ActivityView;
import ru.nastavnik.roadmap.internal.RoadmapPlans;
import ru.nastavnik.roadmap.internal.SchoolProgress;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.ETags;

/** The roadmap as a working plan for scripts and the region's systems: the same rules as the pages. */
@RestController
@RequestMapping("/api/v1/organisations/{orgId}/roadmap")
@Tag(name = "Дорожная карта")
class RoadmapPlanApiController {

    private final RoadmapPlans plans;
    private final ru.nastavnik.roadmap.internal.TerritoryRoadmaps territories;

    RoadmapPlanApiController(RoadmapPlans plans, ru.nastavnik.roadmap.internal.TerritoryRoadmaps territories) {
        this.plans = plans;
        this.territories = territories;
    }

    record NewActivity(int stage, String content, String deadline, PersonId responsible) {}

    record StatusChange(ActivityStatus status, String comment) {}

    record Template(boolean published) {}

    @GetMapping("/plan")
    @Operation(summary = "План мероприятий дорожной карты на учебный год (year — год начала; по умолчанию текущий)")
    PlanView plan(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @Parameter(description = "Год начала учебного года, например 2026") @RequestParam(required = false)
                    Integer year) {
        return plans.plan(me, orgId, year).orElseThrow(NotFoundException::new);
    }

    @PostMapping("/activities")
    @Operation(summary = "Добавить мероприятие в этап (stage 1–7) плана текущего учебного года")
    ResponseEntity<ActivityView> add(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @RequestBody NewActivity body) {
        ActivityView view = plans.add(
                me, orgId, body.stage(), new ActivityForm(body.content(), body.deadline(), body.responsible()).edit());
        return ResponseEntity.status(HttpStatus.CREATED)
                .eTag(ETags.of(view.version()))
                .body(view);
    }

    @GetMapping("/activities/{id}")
    @Operation(summary = "Мероприятие плана (ETag — для If-Match при изменении)")
    ResponseEntity<ActivityView> activity(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable ActivityId id) {
        RoadmapPlans.ActivityPage page = plans.activity(me, id);
        // an activity is addressed under its own organisation only
        if (!page.organisation().equals(orgId)) {
            throw new NotFoundException();
        }
        return ETags.ok(page.activity().version(), page.activity());
    }

    @PutMapping("/activities/{id}")
    @Operation(summary = "Изменить мероприятие: содержание, срок (в пределах учебного года), ответственный")
    ResponseEntity<ActivityView> edit(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable ActivityId id,
            @RequestBody ActivityForm body,
            @Parameter(description = ETags.IF_MATCH) @RequestHeader(name = "If-Match", required = false)
                    String ifMatch) {
        own(me, orgId, id);
        ActivityView view = plans.edit(me, id, body.edit(), ETags.parse(ifMatch));
        return ETags.ok(view.version(), view);
    }

    @PutMapping("/activities/{id}/status")
    @Operation(summary = "Задать статус вручную (DONE, IN_PROGRESS, NOT_NEEDED) с обязательным комментарием")
    ResponseEntity<ActivityView> status(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable ActivityId id,
            @RequestBody StatusChange body,
            @Parameter(description = ETags.IF_MATCH) @RequestHeader(name = "If-Match", required = false)
                    String ifMatch) {
        own(me, orgId, id);
        ActivityView view = plans.setStatus(me, id, body.status(), body.comment(), ETags.parse(ifMatch));
        return ETags.ok(view.version(), view);
    }

    @DeleteMapping("/activities/{id}/status")
    @Operation(summary = "Вернуть статус, определяемый по событиям системы")
    ResponseEntity<ActivityView> clear(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable ActivityId id,
            @Parameter(description = ETags.IF_MATCH) @RequestHeader(name = "If-Match", required = false)
                    String ifMatch) {
        own(me, orgId, id);
        ActivityView view = plans.clearStatus(me, id, ETags.parse(ifMatch));
        return ETags.ok(view.version(), view);
    }

    @DeleteMapping("/activities/{id}")
    @Operation(summary = "Удалить мероприятие из плана")
    ResponseEntity<Void> remove(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable ActivityId id) {
        own(me, orgId, id);
        plans.remove(me, id);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/template")
    @Operation(summary = "Опубликовать план муниципалитета или региона как образец для школ (или снять)")
    PlanView template(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @RequestBody Template body) {
        return plans.publishAsTemplate(me, orgId, body.published());
    }

    @GetMapping("/schools")
    @Operation(summary = "Дорожные карты школ территории методиста: выполнено, просрочено, всего")
    List<SchoolProgress> schools(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrganisationId orgId) {
        return territories.schools(me, orgId);
    }

    /** The activity must belong to the organisation in the path: another school's id is not found. */
    private void own(NastavnikPrincipal me, OrganisationId orgId, ActivityId id) {
        if (!plans.activity(me, id).organisation().equals(orgId)) {
            throw new NotFoundException();
        }
    }
}
