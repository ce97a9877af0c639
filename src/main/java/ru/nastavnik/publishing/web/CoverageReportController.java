package ru.nastavnik.publishing.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ru.nastavnik.publishing.internal.CoverageReport;
import ru.nastavnik.publishing.internal.KeptOrganisation;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.PageRefusal;

/** The period's publications by stage and channel with their links, for the school or the area's methodologist. */
@Controller
class CoverageReportController {

    private final CoverageReport reports;

    CoverageReportController(CoverageReport reports) {
        this.reports = reports;
    }

    @GetMapping("/publishing/report")
    String page(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) String organisation,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            Model model) {
        OrganisationId org = KeptOrganisation.get(me, organisation);
        model.addAttribute("organisationId", org);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute(
                "report",
                PageRefusal.read(model, "problem", () -> reports.of(me, org, from, to))
                        .orElseGet(() -> reports.of(me, org, null, null)));
        return "publishing/coverage-report";
    }
}
