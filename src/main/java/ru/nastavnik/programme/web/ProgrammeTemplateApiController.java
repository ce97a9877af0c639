package ru.nastavnik.programme.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.programme.internal.NeedSuggestionView;
import ru.nastavnik.programme.internal.ProgrammeTemplateManagement;
import ru.nastavnik.programme.internal.ProgrammeTemplateManagement.ActivityInput;
import ru.nastavnik.programme.internal.ProgrammeTemplateManagement.SuggestionInput;
import ru.nastavnik.programme.internal.ProgrammeTemplateView;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.ETags;

/** The organisation's programme templates: per mentee category and per need; DELETE returns to the shipped ones. */
@RestController
@RequestMapping("/api/v1/organisations/{orgId}/programme-templates")
@Tag(name = "Шаблоны программ наставничества")
class ProgrammeTemplateApiController {

    private final ProgrammeTemplateManagement templates;

    ProgrammeTemplateApiController(ProgrammeTemplateManagement templates) {
        this.templates = templates;
    }

    record Templates(List<ProgrammeTemplateView> categories, List<NeedSuggestionView> needs) {}

    record TemplateBody(String goal, List<ActivityInput> activities) {}

    record SuggestionsBody(List<SuggestionInput> suggestions) {}

    @GetMapping
    @Operation(summary = "Действующие шаблоны: по категориям наставляемых и по профессиональным запросам")
    Templates all(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrganisationId orgId) {
        OrganisationId org = orgId;
        return new Templates(templates.templates(me, org), templates.suggestions(me, org));
    }

    @GetMapping("/needs")
    @Operation(summary = "Мероприятия по профессиональным запросам, предлагаемые в программу")
    ResponseEntity<List<NeedSuggestionView>> needs(
            @AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrganisationId orgId) {
        OrganisationId org = orgId;
        return ETags.ok(templates.suggestionsVersion(me, org), templates.suggestions(me, org));
    }

    @PutMapping("/needs")
    @Operation(summary = "Заменить мероприятия по перечисленным запросам (пустое название — общее мероприятие)")
    ResponseEntity<List<NeedSuggestionView>> saveNeeds(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @RequestBody SuggestionsBody body,
            @Parameter(description = ETags.IF_MATCH) @RequestHeader(name = "If-Match", required = false)
                    String ifMatch) {
        OrganisationId org = orgId;
        List<NeedSuggestionView> saved = templates.saveSuggestions(me, org, body.suggestions(), ETags.parse(ifMatch));
        return ETags.ok(templates.suggestionsVersion(me, org), saved);
    }

    @DeleteMapping("/needs")
    @Operation(summary = "Вернуть исходные мероприятия по запросам")
    List<NeedSuggestionView> resetNeeds(
            @AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrganisationId orgId) {
        return templates.resetSuggestions(me, orgId);
    }

    @GetMapping("/{category}")
    @Operation(summary = "Шаблон программы для категории наставляемых")
    ResponseEntity<ProgrammeTemplateView> get(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable String category) {
        ProgrammeTemplateView template = templates.template(me, orgId, ProgrammeTemplateController.category(category));
        return ETags.ok(template.version(), template);
    }

    @PutMapping("/{category}")
    @Operation(summary = "Заменить цель и типовые мероприятия категории (при любой ошибке ничего не сохраняется)")
    ResponseEntity<ProgrammeTemplateView> save(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable String category,
            @RequestBody TemplateBody body,
            @Parameter(description = ETags.IF_MATCH) @RequestHeader(name = "If-Match", required = false)
                    String ifMatch) {
        ProgrammeTemplateView saved = templates.save(
                me,
                orgId,
                ProgrammeTemplateController.category(category),
                body.goal(),
                body.activities(),
                ETags.parse(ifMatch));
        return ETags.ok(saved.version(), saved);
    }

    @DeleteMapping("/{category}")
    @Operation(summary = "Вернуть исходный шаблон категории")
    ProgrammeTemplateView reset(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable String category) {
        return templates.reset(me, orgId, ProgrammeTemplateController.category(category));
    }
}
