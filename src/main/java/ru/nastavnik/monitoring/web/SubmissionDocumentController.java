package ru.nastavnik.monitoring.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import ru.nastavnik.documents.FileType;
import ru.nastavnik.documents.PdfRenderer;
import ru.nastavnik.documents.SafeFileName;
import ru.nastavnik.monitoring.campaign.CampaignId;
import ru.nastavnik.monitoring.campaign.CampaignReports;
import ru.nastavnik.monitoring.campaign.SchoolReport;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * A school's submitted campaign report to print and sign (DOCX, PDF): for the school and the methodologists who read
 * its report page; a report not submitted is no report yet (404).
 */
@Controller
class SubmissionDocumentController {

    private final CampaignReports reports;
    private final SubmissionDocument document;
    private final IndicatorTexts texts;

    SubmissionDocumentController(CampaignReports reports, SubmissionDocument document, IndicatorTexts texts) {
        this.reports = reports;
        this.document = document;
        this.texts = texts;
    }

    @GetMapping("/monitoring/campaigns/{id}/reports/{school}/report.{format:docx|pdf}")
    ResponseEntity<byte[]> file(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable CampaignId id,
            @PathVariable OrganisationId school,
            @PathVariable String format) {
        SchoolReport report = reports.report(me, id, school);
        if (!report.submission().submitted()) {
            throw new NotFoundException();
        }
        byte[] docx = document.docx(report);
        FileType type = "pdf".equals(format) ? FileType.PDF : FileType.DOCX;
        String name = texts.text(
                "monitoring.submission.file",
                report.campaign().title(),
                report.submission().schoolName());
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, SafeFileName.attachment(name + "." + type.extension()))
                .header(HttpHeaders.CONTENT_TYPE, type.contentType())
                .body(type == FileType.PDF ? PdfRenderer.fromDocx(docx) : docx);
    }
}
