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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.ETags;
import ru.nastavnik.survey.Option;
import ru.nastavnik.survey.Question;
import ru.nastavnik.survey.QuestionType;
import ru.nastavnik.training.internal.MasteryCheckId;
import ru.nastavnik.training.internal.MasteryCheckView;
import ru.nastavnik.training.internal.MasteryChecks;

/** The mastery checks an organisation publishes for its mentor courses: questions with points, the pass mark. */
@RestController
@RequestMapping("/api/v1/organisations/{orgId}/mastery-checks")
@Tag(name = "Школа наставника")
class MasteryCheckApiController {

    private final MasteryChecks checks;

    MasteryCheckApiController(MasteryChecks checks) {
        this.checks = checks;
    }

    record NewCheck(String title) {}

    /** {@code options}: for a choice, each with {@code correct} marking the right ones. */
    record NewQuestion(QuestionType type, String text, Integer points, List<Option> options) {}

    record PassMark(Integer passMark) {}

    @GetMapping
    @Operation(summary = "Проверки знаний, которые организация может включить в свои курсы (её и вышестоящих)")
    List<MasteryCheckView> list(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrganisationId orgId) {
        return checks.list(me, orgId);
    }

    @PostMapping
    @Operation(summary = "Создать проверку знаний (название); затем добавить вопросы и задать проходной балл")
    ResponseEntity<MasteryCheckView> publish(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @RequestBody NewCheck body) {
        MasteryCheckView view = checks.publish(me, orgId, body.title());
        return ResponseEntity.status(HttpStatus.CREATED)
                .eTag(ETags.of(view.version()))
                .body(view);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Проверка знаний: вопросы с баллами и верными ответами, максимум и проходной балл")
    ResponseEntity<MasteryCheckView> get(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable MasteryCheckId id) {
        MasteryCheckView view = own(me, orgId, id);
        return ETags.ok(view.version(), view);
    }

    @PostMapping("/{id}/questions")
    @Operation(
            summary =
                    "Добавить вопрос: один или несколько вариантов (с отметкой верных) или свободный ответ, с баллами")
    ResponseEntity<MasteryCheckView> addQuestion(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable MasteryCheckId id,
            @RequestBody NewQuestion body,
            @Parameter(description = ETags.IF_MATCH) @RequestHeader(name = "If-Match", required = false)
                    String ifMatch) {
        own(me, orgId, id);
        Question question =
                new Question("new", body.type(), body.text(), null, true, body.options(), null, null, body.points());
        MasteryCheckView view = checks.addQuestion(me, id, question, ETags.parse(ifMatch));
        return ETags.ok(view.version(), view);
    }

    @DeleteMapping("/{id}/questions/{key}")
    @Operation(summary = "Удалить вопрос (если без него максимум не станет меньше проходного балла)")
    ResponseEntity<MasteryCheckView> removeQuestion(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable MasteryCheckId id,
            @PathVariable String key,
            @Parameter(description = ETags.IF_MATCH) @RequestHeader(name = "If-Match", required = false)
                    String ifMatch) {
        own(me, orgId, id);
        MasteryCheckView view = checks.removeQuestion(me, id, key, ETags.parse(ifMatch));
        return ETags.ok(view.version(), view);
    }

    @PutMapping("/{id}/pass-mark")
    @Operation(summary = "Задать проходной балл: от 1 до максимума проверки")
    ResponseEntity<MasteryCheckView> passMark(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable MasteryCheckId id,
            @RequestBody PassMark body,
            @Parameter(description = ETags.IF_MATCH) @RequestHeader(name = "If-Match", required = false)
                    String ifMatch) {
        own(me, orgId, id);
        MasteryCheckView view = checks.passMark(me, id, body.passMark(), ETags.parse(ifMatch));
        return ETags.ok(view.version(), view);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Удалить проверку знаний, которую не использует ни один шаг и которую никто не проходил")
    ResponseEntity<Void> delete(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable MasteryCheckId id) {
        own(me, orgId, id);
        checks.delete(me, id);
        return ResponseEntity.noContent().build();
    }

    private MasteryCheckView own(NastavnikPrincipal me, OrganisationId orgId, MasteryCheckId id) {
        MasteryCheckView view = checks.get(me, id);
        if (!view.organisation().equals(orgId)) {
            throw new NotFoundException();
        }
        return view;
    }
}
