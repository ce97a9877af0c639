package ru.nastavnik.bank.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.bank.MentoringFormSettings;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.ETags;

@RestController
@RequestMapping("/api/v1/organisations/{orgId}/mentoring-forms")
@Tag(name = "Банки наставников и наставляемых")
class MentoringFormsApiController {

    record Forms(List<String> forms) {}

    private final MentoringFormSettings settings;

    MentoringFormsApiController(MentoringFormSettings settings) {
        this.settings = settings;
    }

    @GetMapping
    @Operation(summary = "Формы наставничества, предусмотренные Положением организации")
    ResponseEntity<Forms> get(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrganisationId orgId) {
        return answer(settings.get(me, orgId));
    }

    @PutMapping
    @Operation(summary = "Изменить формы наставничества Положения (обычные и свои, не более 20)")
    ResponseEntity<Forms> change(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @RequestBody Forms body,
            @Parameter(description = ETags.IF_MATCH) @RequestHeader(name = "If-Match", required = false)
                    String ifMatch) {
        return answer(settings.change(me, orgId, body.forms(), ETags.parse(ifMatch)));
    }

    private static ResponseEntity<Forms> answer(MentoringFormSettings.FormsView view) {
        return ETags.ok(view.version(), new Forms(view.forms()));
    }
}
