package ru.nastavnik.monitoring.campaign.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.monitoring.campaign.CampaignId;
import ru.nastavnik.monitoring.campaign.CampaignReports;
import ru.nastavnik.monitoring.campaign.SchoolReport;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Submit;

/**
 * A school's report in a campaign: the school reviews the system's figures, types what only it knows, comments,
 * saves and submits; the methodologist reads it as submitted and may return it.
 */
@Controller
class ReportController {

    private final CampaignReports reports;

    ReportController(CampaignReports reports) {
        this.reports = reports;
    }

    @GetMapping("/monitoring/campaigns/{id}/reports/{school}")
    String report(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable CampaignId id,
            @PathVariable OrganisationId school,
            Model model) {
        SchoolReport report = reports.report(me, id, school);
        model.addAttribute("report", report);
        model.addAttribute("lines", ReportLine.of(report));
        if (!model.containsAttribute("reportForm")) {
            ReportForm form = new ReportForm();
            report.submission().typed().forEach((indicator, figure) -> {
                form.getNumerator().put(indicator.name(), String.valueOf(figure.numerator()));
                if (indicator.unit() != ru.nastavnik.monitoring.internal.Indicator.Unit.COUNT) {
                    form.getBase().put(indicator.name(), String.valueOf(figure.base()));
                }
            });
            report.campaign().own().forEach(own -> {
                var figure = report.submission().ownTyped().get(own.number());
                if (figure != null) {
                    form.getNumerator().put(own.code(), String.valueOf(figure.numerator()));
                    if (own.hasBase()) {
                        form.getBase().put(own.code(), String.valueOf(figure.base()));
                    }
                }
            });
            form.setComment(report.submission().comment());
            model.addAttribute("reportForm", form);
        }
        return "monitoring/campaign-report";
    }

    @PostMapping("/monitoring/campaigns/{id}/reports/{school}")
    String save(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable CampaignId id,
            @PathVariable OrganisationId school,
            @ModelAttribute ReportForm reportForm,
            @RequestParam(defaultValue = "save") String action,
            RedirectAttributes redirect) {
        boolean done = "submit".equals(action)
                ? Submit.done(
                        redirect,
                        () -> reports.submit(
                                me,
                                id,
                                school,
                                reportForm.getNumerator(),
                                reportForm.getBase(),
                                reportForm.getComment()),
                        "campaigns.submitted")
                : Submit.done(
                        redirect,
                        () -> reports.save(
                                me,
                                id,
                                school,
                                reportForm.getNumerator(),
                                reportForm.getBase(),
                                reportForm.getComment()),
                        "campaigns.saved");
        if (!done) {
            // the page renders its form from the model: her figures come back as she typed them
            redirect.addFlashAttribute("reportForm", reportForm);
        }
        return "redirect:/monitoring/campaigns/" + id + "/reports/" + school;
    }
}
