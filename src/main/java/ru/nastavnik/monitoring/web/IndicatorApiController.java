package ru.nastavnik.monitoring.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.monitoring.internal.IndicatorFigures;
import ru.nastavnik.monitoring.internal.IndicatorLine;
import ru.nastavnik.monitoring.internal.IndicatorPeriod;
import ru.nastavnik.monitoring.internal.IndicatorTable;
import ru.nastavnik.organisation.SchoolDates;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** The indicators for the region's information systems: the same figures as the page, each with its formula. */
@RestController
@Tag(name = "Мониторинг")
class IndicatorApiController {

    private final IndicatorFigures figures;
    private final IndicatorTexts texts;
    private final SchoolDates dates;

    IndicatorApiController(IndicatorFigures figures, IndicatorTexts texts, SchoolDates dates) {
        this.figures = figures;
        this.texts = texts;
        this.dates = dates;
    }

    record Indicators(
            OrganisationId organisation,
            String name,
            LocalDate from,
            LocalDate to,
            List<Value> indicators,
            List<School> schools) {}

    /**
     * {@code value}: null when the base is zero, there is no data yet ({@code missing} says why) or it is hidden (one or
     * two people, or it would give such a figure away); {@code numerator} and {@code base}: null when hidden or when
     * either counts one or two people.
     */
    record Value(
            String code,
            String name,
            String unit,
            String formula,
            BigDecimal value,
            Long numerator,
            Long base,
            String missing) {}

    /** {@code own}: the events the area's own bodies held, not a school. */
    record School(OrganisationId organisation, String name, boolean own, Map<String, BigDecimal> values) {}

    @GetMapping("/api/v1/organisations/{orgId}/indicators")
    @Operation(
            summary =
                    "Показатели наставничества организации, муниципалитета или региона за период (по умолчанию — учебный год), с разбивкой по школам",
            description =
                    "Показатели муниципалитета или региона узел пересчитывает не чаще раза в минуту (настройка nastavnik.monitoring.area-figures-max-age): изменения в школах и в настройках мониторинга появляются в ответе в пределах этого времени. Показатели одной школы считаются при каждом запросе.")
    Indicators indicators(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        IndicatorTable table = figures.of(me, orgId, IndicatorPeriod.parse(from, to, dates.today(orgId)));
        List<Value> values = table.lines().stream()
                .map(line -> {
                    boolean computed = line.indicator().computed();
                    var total = table.total(line);
                    return new Value(
                            line.key(),
                            texts.name(line),
                            texts.unit(line),
                            texts.formula(line),
                            texts.value(line, total),
                            computed && total.numbersShown(line.indicator()) ? total.numerator() : null,
                            computed && total.numbersShown(line.indicator()) ? total.base() : null,
                            texts.missing(line));
                })
                .toList();
        List<IndicatorLine> computed =
                table.lines().stream().filter(l -> l.indicator().computed()).toList();
        List<School> schools = !table.area()
                ? List.of()
                : table.rows().stream()
                        .map(row -> {
                            Map<String, BigDecimal> byCode = new LinkedHashMap<>();
                            computed.forEach(line -> byCode.put(line.key(), texts.value(line, row.figure(line))));
                            return new School(row.organisation(), row.name(), row.own(), byCode);
                        })
                        .toList();
        return new Indicators(
                table.organisation(),
                table.name(),
                table.period().from(),
                table.period().to(),
                values,
                schools);
    }
}
