package ru.nastavnik.monitoring.campaign.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.monitoring.campaign.CampaignBoard;
import ru.nastavnik.monitoring.campaign.CampaignId;
import ru.nastavnik.monitoring.campaign.CampaignReminders;
import ru.nastavnik.monitoring.campaign.CampaignReports;
import ru.nastavnik.monitoring.campaign.Campaigns;
import ru.nastavnik.monitoring.internal.Indicator;
import ru.nastavnik.monitoring.internal.IndicatorPeriod;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.RoleGrant;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Flash;
import ru.nastavnik.shared.web.FormPage;
import ru.nastavnik.shared.web.Submit;

/**
 * The campaigns: the methodologist opens one, follows who has submitted, reminds, returns a report, closes; a school's
 * director and curator see the campaigns addressed to their school on the same list.
 */
@Controller
@RequestMapping("/monitoring/campaigns")
class CampaignController {

    private final Campaigns campaigns;
    private final CampaignReports reports;
    private final CampaignReminders reminders;

    CampaignController(Campaigns campaigns, CampaignReports reports, CampaignReminders reminders) {
        this.campaigns = campaigns;
        this.reports = reports;
        this.reminders = reminders;
    }

    @GetMapping
    String list(@AuthenticationPrincipal NastavnikPrincipal me, Model model) {
        List<OrganisationId> schools = me.grants().stream()
                .filter(g -> g.role() == Role.DIRECTOR || g.role() == Role.CURATOR)
                .map(RoleGrant::organisation)
                .filter(o -> o != null)
                .distinct()
                .toList();
        model.addAttribute("schoolCampaigns", schools.isEmpty() ? List.of() : reports.forSchool(me, schools.get(0)));
        model.addAttribute("school", schools.isEmpty() ? null : schools.get(0));
        model.addAttribute("methodologist", me.isMethodologist());
        model.addAttribute("campaigns", campaigns.list(me));
        model.addAttribute("followed", campaigns.followed(me));
        return "monitoring/campaigns";
    }

    @GetMapping("/new")
    String newForm(@AuthenticationPrincipal NastavnikPrincipal me, Model model) {
        LocalDate today = campaigns.today(me);
        IndicatorPeriod year = IndicatorPeriod.of(null, null, today);
        CampaignForm form = new CampaignForm();
        form.setFrom(year.from());
        form.setTo(year.to());
        form.setOrderDate(today);
        form.withEmptyRows();
        model.addAttribute("campaignForm", form);
        return formPage(me, model);
    }

    @PostMapping
    String open(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @ModelAttribute CampaignForm campaignForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return FormPage.of(model, result, () -> formPage(me, model))
                .submit(
                        redirect,
                        () -> {
                            OrganisationId area = campaignForm.getOrganisation() == null
                                            || campaignForm.getOrganisation().isBlank()
                                    ? areas(me).stream().findFirst().orElseThrow(NotFoundException::new)
                                    : OrganisationId.of(campaignForm.getOrganisation());
                            return campaigns.open(me, area, campaignForm.details());
                        },
                        opened -> Flash.of("campaigns.opened"),
                        opened -> "redirect:/monitoring/campaigns/" + opened);
    }

    private String formPage(NastavnikPrincipal me, Model model) {
        if (!me.isMethodologist()) {
            throw new NotFoundException();
        }
        model.addAttribute("areas", campaigns.areas(me));
        model.addAttribute("catalogue", Indicator.values());
        model.addAttribute("ownUnits", List.of(Indicator.Unit.COUNT, Indicator.Unit.PERCENT));
        return "monitoring/campaign-form";
    }

    @GetMapping("/{id}")
    String board(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable CampaignId id, Model model) {
        CampaignBoard board = campaigns.board(me, id);
        model.addAttribute("board", board);
        model.addAttribute("ownUnits", List.of(Indicator.Unit.COUNT, Indicator.Unit.PERCENT));
        if (!model.containsAttribute("ownFiguresForm")) {
            model.addAttribute(
                    "ownFiguresForm", OwnFiguresForm.of(board.campaign().own()));
        }
        return "monitoring/campaign-board";
    }

    /** Her own figures revised (wording any time; kind, removal, additions while no answer stands in the way). */
    @PostMapping("/{id}/own")
    String reviseOwn(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable CampaignId id,
            @ModelAttribute OwnFiguresForm ownFiguresForm,
            RedirectAttributes redirect) {
        if (!Submit.done(
                redirect, () -> campaigns.reviseOwn(me, id, ownFiguresForm.figures()), "monitoringOwn.saved")) {
            // her rows, added ones included, come back as she typed them
            redirect.addFlashAttribute("ownFiguresForm", ownFiguresForm);
        }
        return "redirect:/monitoring/campaigns/" + id;
    }

    @PostMapping("/{id}/remind")
    String remind(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable CampaignId id,
            @RequestParam(required = false) OrganisationId school,
            RedirectAttributes redirect) {
        Submit.done(redirect, () -> Flash.of("campaigns.reminded", reminders.remind(me, id, school)));
        return "redirect:/monitoring/campaigns/" + id;
    }

    @PostMapping("/{id}/reports/{school}/return")
    String giveBack(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable CampaignId id,
            @PathVariable OrganisationId school,
            @RequestParam(required = false) String comment,
            RedirectAttributes redirect) {
        return Submit.done(redirect, () -> campaigns.giveBack(me, id, school, comment), "campaigns.returned")
                ? "redirect:/monitoring/campaigns/" + id
                : "redirect:/monitoring/campaigns/" + id + "/reports/" + school;
    }

    @PostMapping("/{id}/close")
    String close(
            @AuthenticationPrincipal NastavnikPrincipal me, @PathVariable CampaignId id, RedirectAttributes redirect) {
        return Submit.to(
                "redirect:/monitoring/campaigns/" + id, redirect, () -> campaigns.close(me, id), "campaigns.closedNow");
    }

    private static List<OrganisationId> areas(NastavnikPrincipal me) {
        return me.grants().stream()
                .filter(g -> g.role() == Role.MUNICIPAL_METHODOLOGIST || g.role() == Role.REGIONAL_METHODOLOGIST)
                .map(RoleGrant::organisation)
                .filter(o -> o != null)
                .distinct()
                .toList();
    }
}
