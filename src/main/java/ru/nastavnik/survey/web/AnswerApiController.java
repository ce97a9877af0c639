package ru.nastavnik.survey.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.survey.internal.AnswerSheet;
import ru.nastavnik.survey.internal.Answering;
import ru.nastavnik.survey.internal.MyQuestionnaire;

/**
 * Answering through the API: the signed-in respondent's own questionnaires, or a personal link's token (no
 * account needed, the token is the key). Answers are a map from question key to values.
 */
@RestController
@Tag(name = "Ответы на анкеты")
class AnswerApiController {

    private final Answering answering;

    AnswerApiController(Answering answering) {
        this.answering = answering;
    }

    @GetMapping("/api/v1/me/questionnaires")
    @Operation(summary = "Мои анкеты")
    List<MyQuestionnaire> mine(@AuthenticationPrincipal NastavnikPrincipal me) {
        return answering.mine(me);
    }

    @GetMapping("/api/v1/me/questionnaires/{invitation}")
    @Operation(summary = "Моя анкета с сохранёнными ответами")
    AnswerSheet own(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable InvitationId invitation) {
        return answering.sheet(me, invitation.value());
    }

    @PutMapping("/api/v1/me/questionnaires/{invitation}/draft")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Сохранить ответы, не отправляя")
    void draft(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable InvitationId invitation,
            @RequestBody Map<String, List<String>> answers) {
        answering.saveDraft(me, invitation.value(), answers);
    }

    @PostMapping("/api/v1/me/questionnaires/{invitation}/submit")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Отправить ответы (один раз); без тела — отправляется сохранённый черновик")
    void submit(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable InvitationId invitation,
            @RequestBody(required = false) Map<String, List<String>> answers) {
        answering.submit(me, invitation.value(), answers);
    }

    @GetMapping("/api/v1/public/answers/{token}")
    @Operation(summary = "Анкета по личной ссылке")
    AnswerSheet byLink(@PathVariable String token) {
        return answering.sheet(token);
    }

    @PutMapping("/api/v1/public/answers/{token}/draft")
    @Operation(summary = "Сохранить ответы по личной ссылке, не отправляя")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void draftByLink(@PathVariable String token, @RequestBody Map<String, List<String>> answers) {
        answering.saveDraft(token, answers);
    }

    @PostMapping("/api/v1/public/answers/{token}/submit")
    @Operation(summary = "Отправить ответы по личной ссылке (один раз)")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void submitByLink(@PathVariable String token, @RequestBody(required = false) Map<String, List<String>> answers) {
        answering.submit(token, answers);
    }
}
