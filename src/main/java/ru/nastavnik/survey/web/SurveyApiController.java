package ru.nastavnik.survey.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.data.domain.PageRequest;
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
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.ApiPage;
import ru.nastavnik.shared.web.ETags;
import ru.nastavnik.survey.QuestionnaireContent;
import ru.nastavnik.survey.QuestionnaireId;
import ru.nastavnik.survey.QuestionnaireView;
import ru.nastavnik.survey.Results;
import ru.nastavnik.survey.SurveyAudiences;
import ru.nastavnik.survey.internal.InvitationView;
import ru.nastavnik.survey.internal.PersonalLink;
import ru.nastavnik.survey.internal.QuestionnaireDetails;
import ru.nastavnik.survey.internal.QuestionnaireManagement;
import ru.nastavnik.survey.internal.QuestionnaireSummary;
import ru.nastavnik.survey.internal.ResultsExport;
import ru.nastavnik.survey.internal.SurveyDistribution;
import ru.nastavnik.survey.internal.SurveyResults;
import ru.nastavnik.survey.internal.SurveyTemplates;

/** Questionnaires of an organisation: writing, distributing, results. Every id is checked against {orgId}. */
@RestController
@RequestMapping("/api/v1/organisations/{orgId}")
@Tag(name = "Анкетирование")
class SurveyApiController {

    private final QuestionnaireManagement questionnaires;
    private final SurveyDistribution distribution;
    private final SurveyResults results;
    private final ResultsExport export;

    SurveyApiController(
            QuestionnaireManagement questionnaires,
            SurveyDistribution distribution,
            SurveyResults results,
            ResultsExport export) {
        this.questionnaires = questionnaires;
        this.distribution = distribution;
        this.results = results;
        this.export = export;
    }

    record NewQuestionnaire(String template, QuestionnaireDetails details) {}

    record Invite(List<String> personIds, List<String> groups) {}

    record Count(int count) {}

    @GetMapping("/survey-templates")
    @Operation(summary = "Встроенные шаблоны анкет")
    List<SurveyTemplates.Template> templates(
            @AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrganisationId orgId) {
        questionnaires.list(me, orgId);
        return SurveyTemplates.all();
    }

    @GetMapping("/questionnaires")
    @Operation(summary = "Анкеты организации с числом приглашённых и ответивших")
    List<QuestionnaireSummary> list(
            @AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrganisationId orgId) {
        return questionnaires.list(me, orgId);
    }

    @PostMapping("/questionnaires")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Создать анкету из шаблона (template) или пустую")
    QuestionnaireView create(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @RequestBody NewQuestionnaire request) {
        return questionnaires.create(me, orgId, request.template(), request.details());
    }

    @GetMapping("/questionnaires/{id}")
    @Operation(summary = "Одна анкета: разделы, вопросы, срок")
    ResponseEntity<QuestionnaireView> get(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable QuestionnaireId id) {
        QuestionnaireView questionnaire = owned(me, orgId, id);
        return ETags.ok(questionnaire.version(), questionnaire);
    }

    @PutMapping("/questionnaires/{id}")
    @Operation(summary = "Изменить название, назначение, анонимность, срок")
    ResponseEntity<QuestionnaireView> describe(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable QuestionnaireId id,
            @RequestBody QuestionnaireDetails details,
            @Parameter(description = ETags.IF_MATCH) @RequestHeader(name = "If-Match", required = false)
                    String ifMatch) {
        QuestionnaireView changed =
                questionnaires.describe(me, owned(me, orgId, id).id(), details, ETags.parse(ifMatch));
        return ETags.ok(changed.version(), changed);
    }

    @PutMapping("/questionnaires/{id}/content")
    @Operation(summary = "Заменить разделы и вопросы (только черновик)")
    ResponseEntity<QuestionnaireView> content(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable QuestionnaireId id,
            @RequestBody QuestionnaireContent content,
            @Parameter(description = ETags.IF_MATCH) @RequestHeader(name = "If-Match", required = false)
                    String ifMatch) {
        QuestionnaireView changed =
                questionnaires.replaceContent(me, owned(me, orgId, id).id(), content, ETags.parse(ifMatch));
        return ETags.ok(changed.version(), changed);
    }

    @PostMapping("/questionnaires/{id}/open")
    @Operation(summary = "Открыть анкету для ответов")
    QuestionnaireView open(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable QuestionnaireId id) {
        return questionnaires.open(me, owned(me, orgId, id).id());
    }

    @PostMapping("/questionnaires/{id}/close")
    @Operation(summary = "Закрыть приём ответов")
    QuestionnaireView close(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable QuestionnaireId id) {
        return questionnaires.close(me, owned(me, orgId, id).id());
    }

    @DeleteMapping("/questionnaires/{id}")
    @Operation(summary = "Удалить анкету")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable QuestionnaireId id) {
        questionnaires.delete(me, owned(me, orgId, id).id());
    }

    @GetMapping("/survey-audiences")
    @Operation(summary = "Группы, которым можно разослать анкету")
    List<SurveyAudiences.Audience> audiences(
            @AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrganisationId orgId) {
        return distribution.audiences(me, orgId);
    }

    @GetMapping("/questionnaires/{id}/invitations")
    @Operation(summary = "Приглашённые и кто из них ответил, постранично")
    ApiPage<InvitationView> invitations(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable QuestionnaireId id,
            @Parameter(description = ApiPage.NAME) @RequestParam(required = false) String q,
            @Parameter(description = ApiPage.PAGE) @RequestParam(defaultValue = "0") int page,
            @Parameter(description = ApiPage.SIZE) @RequestParam(defaultValue = ApiPage.DEFAULT_SIZE) int size) {
        PageRequest asked = ApiPage.asked(page, size);
        return ApiPage.of(distribution.invitations(me, owned(me, orgId, id).id(), q, asked));
    }

    @PostMapping("/questionnaires/{id}/invitations")
    @Operation(summary = "Пригласить людей и группы (personIds, groups); возвращает число новых приглашений")
    Count invite(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable QuestionnaireId id,
            @RequestBody Invite request) {
        return new Count(distribution.invite(me, owned(me, orgId, id).id(), request.personIds(), request.groups()));
    }

    @PostMapping("/questionnaires/{id}/reminders")
    @Operation(summary = "Напомнить по почте всем, кто ещё не ответил")
    Count remind(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable QuestionnaireId id) {
        return new Count(distribution.remind(me, owned(me, orgId, id).id()));
    }

    @GetMapping("/questionnaires/{id}/links")
    @Operation(summary = "Личные ссылки тех, кто ещё не ответил")
    List<PersonalLink> links(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable QuestionnaireId id) {
        return distribution.links(me, owned(me, orgId, id).id());
    }

    @GetMapping("/questionnaires/{id}/results")
    @Operation(summary = "Сводные результаты (для анонимной анкеты — не меньше чем по 3 ответам)")
    Results results(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable QuestionnaireId id) {
        return results.results(me, owned(me, orgId, id).id());
    }

    @GetMapping("/questionnaires/{id}/results.xlsx")
    @Operation(summary = "Результаты анкеты в XLSX")
    ResponseEntity<byte[]> export(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable QuestionnaireId id) {
        QuestionnaireView questionnaire = owned(me, orgId, id);
        return ResultsController.xlsx(export.write(me, questionnaire.id()), export.fileName(questionnaire.title()));
    }

    private QuestionnaireView owned(NastavnikPrincipal me, OrganisationId orgId, QuestionnaireId id) {
        QuestionnaireView view = questionnaires.get(me, id);
        if (!view.organisationId().equals(orgId)) {
            throw new NotFoundException();
        }
        return view;
    }
}
