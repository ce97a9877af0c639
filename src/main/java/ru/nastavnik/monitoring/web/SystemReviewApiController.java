package ru.nastavnik.monitoring.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.monitoring.internal.ReviewComponent;
import ru.nastavnik.monitoring.internal.SystemReviewView;
import ru.nastavnik.monitoring.internal.SystemReviews;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The school's yearly system-level review for scripts: by component, the year's figures prefilled from the indicator
 * catalogue and the curator's text; the text written back. The school's own director and curator only (else 404).
 */
@RestController
@Tag(name = "Мониторинг")
class SystemReviewApiController {

    private final SystemReviews reviews;
    private final IndicatorTexts texts;

    SystemReviewApiController(SystemReviews reviews, IndicatorTexts texts) {
        this.reviews = reviews;
        this.texts = texts;
    }

    record YearlyReview(
            OrganisationId organisation,
            String name,
            String schoolYear,
            LocalDate from,
            LocalDate to,
            LocalDate updatedOn,
            List<ReviewPart> components) {}

    record ReviewPart(ReviewComponent code, String name, String text, List<ReviewFigure> figures) {}

    /** {@code value}: null when the system has no data for it (or does not compute it). */
    record ReviewFigure(String code, String name, String unit, BigDecimal value) {}

    /** The curator's text by component; a component left out is emptied, as on the page. */
    record ReviewTexts(Map<ReviewComponent, String> texts) {}

    @GetMapping("/api/v1/organisations/{orgId}/system-review")
    @Operation(
            summary = "Анализ системы наставничества школы за учебный год (с сентября года year; по умолчанию — "
                    + "текущий): показатели по компонентам и текст куратора (директор, куратор школы)")
    YearlyReview review(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @RequestParam(required = false) Integer year) {
        return body(reviews.view(me, orgId, year));
    }

    @PutMapping("/api/v1/organisations/{orgId}/system-review")
    @Operation(summary = "Записать текст анализа системы наставничества по компонентам (директор, куратор школы)")
    YearlyReview write(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @RequestParam(required = false) Integer year,
            @RequestBody ReviewTexts body) {
        Map<ReviewComponent, String> written = new EnumMap<>(ReviewComponent.class);
        if (body != null && body.texts() != null) {
            written.putAll(body.texts());
        }
        reviews.save(me, orgId, year, written);
        return body(reviews.view(me, orgId, year));
    }

    private YearlyReview body(SystemReviewView v) {
        return new YearlyReview(
                v.organisation(),
                v.name(),
                v.schoolYear(),
                v.period().from(),
                v.period().to(),
                v.updatedOn(),
                v.components().stream()
                        .map(c -> new ReviewPart(
                                c.component(),
                                texts.text(c.component().messageKey()),
                                c.text(),
                                c.lines().stream()
                                        .map(l -> new ReviewFigure(
                                                l.indicator().name(),
                                                texts.text(l.indicator().nameKey()),
                                                texts.text(l.indicator().unitKey()),
                                                l.value() == null
                                                        ? null
                                                        : new BigDecimal(
                                                                l.value().replace(',', '.'))))
                                        .toList()))
                        .toList());
    }
}
