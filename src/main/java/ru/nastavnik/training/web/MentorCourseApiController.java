package ru.nastavnik.training.web;

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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.ETags;
import ru.nastavnik.training.MentorCourseId;
import ru.nastavnik.training.internal.CourseStepId;
import ru.nastavnik.training.internal.MentorCourseView;
import ru.nastavnik.training.internal.MentorCourses;
import ru.nastavnik.training.internal.MentorProgress;
import ru.nastavnik.training.internal.NewStep;
import ru.nastavnik.training.internal.ProgressView;

/** The mentor courses read in an organisation, their ordered steps, a mentor's progress and her school's. */
@RestController
@RequestMapping("/api/v1/organisations/{orgId}/mentor-courses")
@Tag(name = "Школа наставника")
class MentorCourseApiController {

    private final MentorCourses courses;

    MentorCourseApiController(MentorCourses courses) {
        this.courses = courses;
    }

    record NewCourse(String title, String description) {}

    record Move(int delta) {}

    @GetMapping
    @Operation(summary = "Курсы наставника: организации, её муниципалитета и региона")
    List<MentorCourseView> list(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrganisationId orgId) {
        return courses.list(me, orgId);
    }

    @PostMapping
    @Operation(summary = "Создать курс наставника (название, описание)")
    ResponseEntity<MentorCourseView> publish(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @RequestBody NewCourse body) {
        MentorCourseView view = courses.publish(me, orgId, body.title(), body.description());
        return ResponseEntity.status(HttpStatus.CREATED)
                .eTag(ETags.of(view.version()))
                .body(view);
    }

    @PostMapping("/default")
    @Operation(
            summary =
                    "Создать «Школу наставника» из курса по умолчанию (задания и проверка знаний), чтобы затем изменить его")
    ResponseEntity<MentorCourseView> publishDefault(
            @AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrganisationId orgId) {
        MentorCourseView view = courses.publishDefault(me, orgId);
        return ResponseEntity.status(HttpStatus.CREATED)
                .eTag(ETags.of(view.version()))
                .body(view);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Курс наставника с шагами по порядку")
    ResponseEntity<MentorCourseView> get(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable MentorCourseId id) {
        MentorCourseView view = courses.get(me, orgId, id);
        return ETags.ok(view.version(), view);
    }

    @PostMapping("/{id}/steps")
    @Operation(
            summary =
                    "Добавить шаг в конец курса: изучить материал (material), выполнить задание или посетить мероприятие (event)")
    ResponseEntity<MentorCourseView> addStep(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable MentorCourseId id,
            @RequestBody NewStep step,
            @Parameter(description = ETags.IF_MATCH) @RequestHeader(name = "If-Match", required = false)
                    String ifMatch) {
        courses.get(me, orgId, id);
        MentorCourseView view = courses.addStep(me, id, step, ETags.parse(ifMatch));
        return ETags.ok(view.version(), view);
    }

    @PostMapping("/{id}/steps/{step}/move")
    @Operation(summary = "Передвинуть шаг на одно место вверх (delta = -1) или вниз (delta = 1)")
    ResponseEntity<MentorCourseView> move(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable MentorCourseId id,
            @PathVariable CourseStepId step,
            @RequestBody Move body,
            @Parameter(description = ETags.IF_MATCH) @RequestHeader(name = "If-Match", required = false)
                    String ifMatch) {
        courses.get(me, orgId, id);
        MentorCourseView view = courses.moveStep(me, id, step.value(), body.delta(), ETags.parse(ifMatch));
        return ETags.ok(view.version(), view);
    }

    @DeleteMapping("/{id}/steps/{step}")
    @Operation(summary = "Удалить шаг курса")
    ResponseEntity<MentorCourseView> remove(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable MentorCourseId id,
            @PathVariable CourseStepId step,
            @Parameter(description = ETags.IF_MATCH) @RequestHeader(name = "If-Match", required = false)
                    String ifMatch) {
        courses.get(me, orgId, id);
        MentorCourseView view = courses.removeStep(me, id, step.value(), ETags.parse(ifMatch));
        return ETags.ok(view.version(), view);
    }

    @PostMapping("/{id}/steps/{step}/done")
    @Operation(
            summary =
                    "Наставник отмечает свой следующий шаг выполненным (шаги — строго по порядку; посещение мероприятия отмечает его организатор)")
    ProgressView done(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable MentorCourseId id,
            @PathVariable CourseStepId step) {
        return courses.markDone(me, orgId, id, step.value());
    }

    @GetMapping("/{id}/progress")
    @Operation(summary = "Ход курса у наставников организации (для куратора и руководителя)")
    List<MentorProgress> progress(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable MentorCourseId id) {
        return courses.progressIn(me, orgId, id);
    }
}
