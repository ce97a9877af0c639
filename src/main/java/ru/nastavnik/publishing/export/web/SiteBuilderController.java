package ru.nastavnik.publishing.export.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ru.nastavnik.publishing.export.SiteBuilderExport;
import ru.nastavnik.publishing.internal.KeptOrganisation;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The curator's download of the ZIP for the site builder, linked from her section's settings page once the section
 * has an address (without one the refusal is the application's Russian error page; nothing is written).
 */
@Controller
class SiteBuilderController {

    private final SiteBuilderExport export;

    SiteBuilderController(SiteBuilderExport export) {
        this.export = export;
    }

    @GetMapping("/publishing/site/site-builder.zip")
    void download(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) String organisation,
            HttpServletResponse response)
            throws IOException {
        OrganisationId org = KeptOrganisation.get(me, organisation);
        SiteBuilderZip.stream(export, export.slug(me, org), response);
    }
}
