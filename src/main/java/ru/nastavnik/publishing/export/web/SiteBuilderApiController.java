package ru.nastavnik.publishing.export.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.publishing.export.SiteBuilderExport;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** The same ZIP for the curator's scripts; the section's keepers only (else 404), 422 without an address. */
@RestController
@Tag(name = "Публикации")
class SiteBuilderApiController {

    private final SiteBuilderExport export;

    SiteBuilderApiController(SiteBuilderExport export) {
        this.export = export;
    }

    @GetMapping("/api/v1/organisations/{orgId}/publishing/site-builder.zip")
    @Operation(
            summary =
                    "ZIP для конструктора сайта: HTML-фрагменты (новости, документы) и фотографии, относительные ссылки")
    void download(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            HttpServletResponse response)
            throws IOException {
        SiteBuilderZip.stream(export, export.slug(me, orgId), response);
    }
}
