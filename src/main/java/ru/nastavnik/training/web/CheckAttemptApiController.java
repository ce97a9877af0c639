package ru.nastavnik.training.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.ETags;
import ru.nastavnik.training.MentorCourseId;
import ru.nastavnik.training.internal.AttemptView;
import ru.nastavnik.training.internal.CheckAttemptId;
import ru.nastavnik.training.internal.CheckAttempts;
import ru.nastavnik.training.internal.CheckSheet;
import ru.nastavnik.training.internal.CourseStepId;

/** A mentor takes the mastery check of her course step; her school's curator reviews the free-text answers. */
@RestController
@RequestMapping("/api/v1/organisations/{orgId}")
@Tag(name = "Школа наставника")
class CheckAttemptApiController {

    private final CheckAttempts attempts;

    CheckAttemptApiController(CheckAttempts attempts) {
        this.attempts = attempts;
    }

    record Answers(Map<String, List<String>> answers) {}

    record Review(String comment) {}

    @GetMapping("/mentor-courses/{id}/steps/{step}/check")
    @Operation(
            summary = "Проверка знаний шага курса для наставника: вопросы (без верных ответов) и её последняя попытка")
    CheckSheet sheet(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable MentorCourseId id,
            @PathVariable CourseStepId step) {
        return attempts.sheet(me, orgId, id, step.value());
    }

    @PostMapping("/mentor-courses/{id}/steps/{step}/check")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary =
                    "Наставник отправляет ответы на проверку знаний: выбор оценивается сразу, свободные ответы — куратором")
    AttemptView submit(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable MentorCourseId id,
            @PathVariable CourseStepId step,
            @RequestBody Answers body) {
        return attempts.submit(me, orgId, id, step.value(), body.answers());
    }

    @GetMapping("/check-attempts")
    @Operation(summary = "Попытки проверки знаний наставников организации, ожидающие рассмотрения куратором")
    List<AttemptView> awaiting(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrganisationId orgId) {
        return attempts.awaitingReview(me, orgId);
    }

    @GetMapping("/check-attempts/{id}")
    @Operation(summary = "Попытка проверки знаний: вопросы, ответы наставника, баллы и состояние")
    ResponseEntity<AttemptView> get(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable CheckAttemptId id) {
        AttemptView view = attempts.get(me, orgId, id);
        return ETags.ok(view.version(), view);
    }

    @PostMapping("/check-attempts/{id}/accept")
    @Operation(summary = "Принять свободные ответы: их баллы засчитываются; при проходном балле шаг курса выполнен")
    AttemptView accept(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable CheckAttemptId id,
            @Parameter(description = ETags.IF_MATCH) @RequestHeader(name = "If-Match", required = false)
                    String ifMatch) {
        return attempts.accept(me, orgId, id, ETags.parse(ifMatch));
    }

    @PostMapping("/check-attempts/{id}/return")
    @Operation(summary = "Вернуть попытку наставнику на доработку с обязательным комментарием")
    AttemptView returnWith(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable CheckAttemptId id,
            @RequestBody Review body,
            @Parameter(description = ETags.IF_MATCH) @RequestHeader(name = "If-Match", required = false)
                    String ifMatch) {
        return attempts.returnWith(me, orgId, id, body.comment(), ETags.parse(ifMatch));
    }
}
