package ru.nastavnik.monitoring.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.documents.FileType;
import ru.nastavnik.documents.PdfRenderer;
import ru.nastavnik.documents.SafeFileName;
import ru.nastavnik.monitoring.internal.AnnualReports;
import ru.nastavnik.monitoring.internal.IndicatorPeriod;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.FormPage;
import ru.nastavnik.shared.web.RequestedOrganisation;

/**
 * The school's annual analytic report: a page where the curator writes her sections for a school year (Post/Redirect/
 * Get; refused input is shown again as typed), and the report as DOCX and PDF. Methodologists above read it.
 */
@Controller
class AnnualReportController {

    static final String VIEW = "monitoring/annual-report";

    private final AnnualReports reports;
    private final AnnualReportFiles files;

    AnnualReportController(AnnualReports reports, AnnualReportFiles files) {
        this.reports = reports;
        this.files = files;
    }

    @GetMapping("/monitoring/annual-report")
    String page(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) OrganisationId organisation,
            @RequestParam(required = false) Integer year,
            Model model) {
        OrganisationId school = RequestedOrganisation.get(me, organisation);
        IndicatorPeriod period = reports.year(school, year);
        model.addAttribute("annualReportForm", AnnualReportForm.of(reports.notes(me, school, period)));
        return show(me, school, period, model);
    }

    @PostMapping("/monitoring/annual-report")
    String save(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) OrganisationId organisation,
            @RequestParam Integer year,
            @ModelAttribute("annualReportForm") AnnualReportForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        OrganisationId school = RequestedOrganisation.get(me, organisation);
        IndicatorPeriod period = reports.year(school, year);
        return FormPage.of(model, result, () -> show(me, school, period, model))
                .submit(
                        redirect,
                        () -> reports.save(me, school, period, form.notes()),
                        "annualReport.saved",
                        "redirect:/monitoring/annual-report?organisation=" + school + "&year="
                                + period.from().getYear());
    }

    @GetMapping("/monitoring/annual-report.docx")
    ResponseEntity<byte[]> docx(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) OrganisationId organisation,
            @RequestParam(required = false) Integer year) {
        OrganisationId school = RequestedOrganisation.get(me, organisation);
        AnnualReportDocument.Report report = files.of(me, school, year);
        return download(report.fileName() + ".docx", FileType.DOCX, report.docx());
    }

    @GetMapping("/monitoring/annual-report.pdf")
    ResponseEntity<byte[]> pdf(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) OrganisationId organisation,
            @RequestParam(required = false) Integer year) {
        OrganisationId school = RequestedOrganisation.get(me, organisation);
        AnnualReportDocument.Report report = files.of(me, school, year);
        return download(report.fileName() + ".pdf", FileType.PDF, PdfRenderer.fromDocx(report.docx()));
    }

    private String show(NastavnikPrincipal me, OrganisationId school, IndicatorPeriod period, Model model) {
        model.addAttribute("school", school);
        model.addAttribute("year", period.from().getYear());
        model.addAttribute(
                "yearLabel", period.from().getYear() + "/" + period.to().getYear());
        model.addAttribute("editable", reports.writes(me, school));
        model.addAttribute("area", reports.isArea(school));
        return VIEW;
    }

    private static ResponseEntity<byte[]> download(String name, FileType type, byte[] body) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, SafeFileName.attachment(name))
                .header(HttpHeaders.CONTENT_TYPE, type.contentType())
                .body(body);
    }
}
