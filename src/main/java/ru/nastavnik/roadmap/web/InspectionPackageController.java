package ru.nastavnik.roadmap.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import ru.nastavnik.documents.SafeFileName;
import ru.nastavnik.roadmap.internal.InspectionPackage;
import ru.nastavnik.roadmap.internal.SchoolYear;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.SheetTexts;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Dates;
import ru.nastavnik.shared.web.RequestedOrganisation;

/**
 * The inspection package as a ZIP streamed to the browser or an API client: the period is checked and the files
 * listed first (a refusal is an ordinary Russian error), then the archive is written file by file.
 */
@Controller
@Tag(name = "Дорожная карта")
class InspectionPackageController {

    private final InspectionPackage packages;
    private final Clock clock;
    private final SheetTexts texts;

    InspectionPackageController(InspectionPackage packages, Clock clock, SheetTexts texts) {
        this.packages = packages;
        this.clock = clock;
        this.texts = texts;
    }

    @GetMapping("/roadmap/package.zip")
    void page(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) OrganisationId organisation,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            HttpServletResponse response)
            throws IOException {
        send(me, RequestedOrganisation.get(me, organisation), from, to, response);
    }

    @GetMapping("/api/v1/organisations/{orgId}/inspection-package.zip")
    @Operation(
            summary =
                    "Пакет документов для проверки за период (ZIP с описью): Положение и дорожная карта, приказы со сканами, "
                            + "согласия (кроме отозванных), доп. соглашения, программы, протоколы, практики, отчёты мониторинга "
                            + "(аналитическая справка, анализ системы, отчёты кампаний мониторинга), перечень публикаций (XLSX)")
    void api(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @Parameter(description = "Начало периода, ГГГГ-ММ-ДД (по умолчанию начало учебного года)")
                    @RequestParam(required = false)
                    String from,
            @Parameter(description = "Конец периода, ГГГГ-ММ-ДД (по умолчанию сегодня)") @RequestParam(required = false)
                    String to,
            HttpServletResponse response)
            throws IOException {
        send(me, orgId, from, to, response);
    }

    private void send(
            NastavnikPrincipal me, OrganisationId organisation, String from, String to, HttpServletResponse response)
            throws IOException {
        LocalDate today = packages.today(organisation);
        LocalDate start = date("from", from, SchoolYear.of(today).start());
        LocalDate end = date("to", to, today);
        var entries = packages.plan(me, organisation, start, end);
        response.setContentType("application/zip");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                SafeFileName.attachment(
                        texts.text("house.file.inspectionPackage", Dates.DATE.format(start), Dates.DATE.format(end))));
        packages.write(me, organisation, start, end, entries, response.getOutputStream());
    }

    private static LocalDate date(String field, String value, LocalDate otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "roadmap.package.date.invalid");
        }
    }
}
