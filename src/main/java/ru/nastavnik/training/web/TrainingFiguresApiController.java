package ru.nastavnik.training.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.training.TrainingFigures;

/** Figures of mentor training of an organisation and all below it, for a period (for monitoring). */
@RestController
@Tag(name = "Школа наставника")
class TrainingFiguresApiController {

    private final TrainingFigures figures;

    TrainingFiguresApiController(TrainingFigures figures) {
        this.figures = figures;
    }

    @GetMapping("/api/v1/organisations/{orgId}/training-figures")
    @Operation(
            summary =
                    "Показатели обучения наставников организации и нижестоящих за период: обучено (число и доля), часы обучения")
    TrainingFigures.Figures get(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return figures.of(me, orgId, from, to);
    }
}
