package ru.nastavnik.mentorship.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.mentorship.OrderKind;
import ru.nastavnik.mentorship.internal.OrderSeries;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** The order register's series for scripts: each kind's suffix and the next number this year. */
@RestController
@Tag(name = "Наставнические пары и приказы")
class OrderSeriesApiController {

    private final OrderSeries series;

    OrderSeriesApiController(OrderSeries series) {
        this.series = series;
    }

    record Series(Map<OrderKind, String> suffixes, Map<OrderKind, String> next) {}

    record Suffix(String suffix) {}

    @GetMapping("/api/v1/organisations/{orgId}/order-series")
    @Operation(summary = "Серии номеров приказов по видам и следующий номер каждой серии в текущем году")
    Series get(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrganisationId orgId) {
        return new Series(
                series.suffixes(me, orgId),
                series.next(me, orgId, series.today(orgId).getYear()));
    }

    @PutMapping("/api/v1/organisations/{orgId}/order-series/{kind}")
    @Operation(summary = "Задать серию номеров (суффикс) для вида приказа")
    Series set(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable OrderKind kind,
            @RequestBody Suffix body) {
        series.set(me, orgId, kind, body.suffix());
        return get(me, orgId);
    }
}
