package ru.nastavnik.monitoring.campaign.web;

import java.io.IOException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.monitoring.campaign.CampaignId;
import ru.nastavnik.monitoring.campaign.Campaigns;
import ru.nastavnik.monitoring.campaign.ReportTemplates;
import ru.nastavnik.monitoring.campaign.TemplateLayout;
import ru.nastavnik.monitoring.campaign.TemplateMapping;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Submit;

/** The region's own form of a campaign: upload the XLSX and map its columns or cells to the indicators. */
@Controller
class CampaignTemplateController {

    private final Campaigns campaigns;
    private final ReportTemplates templates;

    CampaignTemplateController(Campaigns campaigns, ReportTemplates templates) {
        this.campaigns = campaigns;
        this.templates = templates;
    }

    @GetMapping("/monitoring/campaigns/{id}/form")
    String form(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable CampaignId id, Model model) {
        model.addAttribute("campaign", campaigns.campaign(me, id));
        model.addAttribute("template", templates.find(me, id).orElse(null));
        model.addAttribute("layouts", TemplateLayout.values());
        model.addAttribute("special", TemplateMapping.SPECIAL);
        return "monitoring/campaign-template";
    }

    @PostMapping("/monitoring/campaigns/{id}/form")
    String upload(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable CampaignId id,
            @RequestParam(required = false) MultipartFile file,
            LayoutForm form,
            RedirectAttributes redirect)
            throws IOException {
        if (!Submit.done(
                redirect,
                () -> templates.upload(
                        me,
                        id,
                        file == null ? null : file.getOriginalFilename(),
                        file == null ? null : file.getBytes(),
                        form.layout(),
                        form.startRow(),
                        form.mapping()),
                "campaigns.form.saved")) {
            // the mapping is a long text the page renders itself: it comes back as she typed it
            redirect.addFlashAttribute("typedMapping", form.mapping());
        }
        return "redirect:/monitoring/campaigns/" + id + "/form";
    }
}
