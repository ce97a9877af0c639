package ru.nastavnik.monitoring.campaign.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import ru.nastavnik.monitoring.campaign.CampaignId;
import ru.nastavnik.monitoring.campaign.CampaignView;
import ru.nastavnik.monitoring.campaign.Campaigns;
import ru.nastavnik.monitoring.campaign.ReportTemplates;
import ru.nastavnik.monitoring.campaign.SubmissionView;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The campaign's roll-up as XLSX, for its methodologist (and those above her area): in the region's own form when one
 * was uploaded, else (or with {@code standard=true}) in the system's layout.
 */
@Controller
class RollupController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Campaigns campaigns;
    private final CampaignRollup rollup;
    private final ReportTemplates templates;

    RollupController(Campaigns campaigns, CampaignRollup rollup, ReportTemplates templates) {
        this.campaigns = campaigns;
        this.rollup = rollup;
        this.templates = templates;
    }

    @GetMapping("/monitoring/campaigns/{id}/rollup.xlsx")
    ResponseEntity<byte[]> rollup(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable CampaignId id,
            @RequestParam(defaultValue = "false") boolean standard) {
        CampaignView c = campaigns.campaign(me, id);
        if (!standard) {
            java.io.ByteArrayOutputStream own = new java.io.ByteArrayOutputStream();
            if (templates.write(me, id, own)) {
                return ResponseEntity.ok()
                        .header(HttpHeaders.CONTENT_DISPOSITION, disposition(c))
                        .header(HttpHeaders.CONTENT_TYPE, XLSX)
                        .body(own.toByteArray());
            }
        }
        List<SubmissionView> reports = campaigns.reports(me, id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(c))
                .header(HttpHeaders.CONTENT_TYPE, XLSX)
                .body(bytes(out -> rollup.write(c, reports, campaigns.unitsOf(me, id), out)));
    }

    /** The rows stream through SXSSF's temporary file; only the zipped workbook (small) is held to answer. */
    static byte[] bytes(java.util.function.Consumer<java.io.OutputStream> writer) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        writer.accept(out);
        return out.toByteArray();
    }

    static String disposition(CampaignView c) {
        String name = (c.title() + ".xlsx").replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ");
        return ContentDisposition.attachment()
                .filename(name, StandardCharsets.UTF_8)
                .build()
                .toString();
    }
}
