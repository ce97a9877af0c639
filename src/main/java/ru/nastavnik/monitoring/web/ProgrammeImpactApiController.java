package ru.nastavnik.monitoring.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.monitoring.internal.ProgrammeImpact;
import ru.nastavnik.monitoring.internal.ProgrammeImpactView;
import ru.nastavnik.monitoring.internal.ProgrammeResultView;
import ru.nastavnik.monitoring.internal.SelfAssessmentView;
import ru.nastavnik.programme.ProgrammeId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** A programme's impact (stage 2) for scripts: the self-assessments item by item, deficits closed, the results. */
@RestController
@Tag(name = "Мониторинг")
class ProgrammeImpactApiController {

    private final ProgrammeImpact impact;

    ProgrammeImpactApiController(ProgrammeImpact impact) {
        this.impact = impact;
    }

    record Impact(
            UUID programmeId,
            long deficits,
            long deficitsClosed,
            List<Assessment> assessments,
            List<ProgrammeResultView> results) {}

    record Assessment(
            LocalDate startedOn,
            LocalDate endedOn,
            long deficits,
            long deficitsClosed,
            BigDecimal meanGrowth,
            List<Item> items) {}

    record Item(String title, int startScore, Integer endScore, Integer growth, boolean deficit, boolean closed) {}

    @GetMapping("/api/v1/programmes/{id}/impact")
    @Operation(
            summary = "Самооценка наставляемого на старте и в конце программы, закрытые дефициты и профессиональные "
                    + "результаты (куратор, директор, наставник; наставляемый — свою)")
    Impact programmeImpact(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable ProgrammeId id) {
        ProgrammeImpactView view = impact.view(me, id.value());
        return new Impact(
                view.programmeId(),
                view.deficits(),
                view.deficitsClosed(),
                view.assessments().stream()
                        .map(ProgrammeImpactApiController::assessment)
                        .toList(),
                view.results());
    }

    private static Assessment assessment(SelfAssessmentView a) {
        return new Assessment(
                a.startedOn(),
                a.endedOn(),
                a.deficits(),
                a.deficitsClosed(),
                a.meanGrowth(),
                a.items().stream()
                        .map(i -> new Item(
                                i.title(), i.startScore(), i.endScore(), a.growth(i), a.deficit(i), a.closed(i)))
                        .toList());
    }
}
