package ru.nastavnik.organisation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
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
import ru.nastavnik.organisation.SchoolCalendars;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.ETags;

@RestController
@RequestMapping("/api/v1/organisations/{id}/school-holidays")
@Tag(name = OrganisationApiController.TAG)
class HolidaysApiController {

    private final SchoolCalendars calendars;

    HolidaysApiController(SchoolCalendars calendars) {
        this.calendars = calendars;
    }

    @GetMapping
    @Operation(
            summary = "Каникулы обучающихся, по которым датируются программы наставничества организации",
            description = "Свои, иначе муниципалитета или региона, иначе из настроек системы (setBy пусто)")
    ResponseEntity<HolidaysResponse> get(
            @AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrganisationId id) {
        SchoolCalendars.Holidays holidays = calendars.holidays(me, id);
        return ETags.ok(holidays.version(), HolidaysResponse.of(holidays));
    }

    @PutMapping
    @Operation(
            summary = "Установить свои каникулы обучающихся (пустой список — как у вышестоящей организации)",
            description = "Школы — директор или куратор, территории — её методист; период не длиннее 31 дня")
    ResponseEntity<HolidaysResponse> put(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId id,
            @RequestBody HolidaysRequest request,
            @Parameter(description = ETags.IF_MATCH) @RequestHeader(name = "If-Match", required = false)
                    String ifMatch) {
        List<String> periods = request.periods() == null
                ? List.of()
                : request.periods().stream()
                        .map(p -> p == null || p.from() == null || p.to() == null ? "—" : p.from() + ".." + p.to())
                        .toList();
        SchoolCalendars.Holidays saved = calendars.setHolidays(me, id, periods, ETags.parse(ifMatch));
        return ETags.ok(saved.version(), HolidaysResponse.of(saved));
    }

    /** The first and the last day of the holidays, both included. */
    record PeriodBody(
            @Schema(example = "2026-10-24") LocalDate from,
            @Schema(example = "2026-11-01") LocalDate to) {}

    record HolidaysRequest(List<PeriodBody> periods) {}

    record HolidaysResponse(
            List<PeriodBody> periods,

            @Schema(description = "Чьи каникулы: организация или вышестоящая; пусто — настройки системы")
            String setBy,

            String setByName,
            boolean own) {

        static HolidaysResponse of(SchoolCalendars.Holidays h) {
            return new HolidaysResponse(
                    h.periods().stream()
                            .map(p -> new PeriodBody(p.from(), p.to()))
                            .toList(),
                    h.setBy() == null ? null : h.setBy().toString(),
                    h.setByName(),
                    h.own());
        }
    }
}
