package ru.nastavnik.monitoring.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.monitoring.internal.MonitoringSettingsManagement;
import ru.nastavnik.organisation.Organisations;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.StaleVersionException;
import ru.nastavnik.shared.VersionRequiredException;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Flash;
import ru.nastavnik.shared.web.RequestedOrganisation;
import ru.nastavnik.shared.web.Submit;

/** The monitoring settings page: those in force and where from; the form for the organisation's own level. */
@Controller
class MonitoringSettingsController {

    private final MonitoringSettingsManagement settings;
    private final Organisations organisations;

    MonitoringSettingsController(MonitoringSettingsManagement settings, Organisations organisations) {
        this.settings = settings;
        this.organisations = organisations;
    }

    @GetMapping("/monitoring/settings")
    String page(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) OrganisationId organisation,
            Model model) {
        OrganisationId org = RequestedOrganisation.get(me, organisation);
        var view = settings.view(me, org);
        model.addAttribute("view", view);
        model.addAttribute("editable", settings.editable(me, org));
        model.addAttribute(
                "sourceName",
                view.source() == null || view.own()
                        ? null
                        : organisations.find(view.source()).map(o -> o.name()).orElse(null));
        model.addAttribute("organisationId", org);
        return "monitoring/settings";
    }

    @PostMapping("/monitoring/settings")
    String save(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam OrganisationId organisation,
            SettingsForm form,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        OrganisationId org = organisation;
        try {
            Submit.done(
                    redirect,
                    () -> settings.change(me, org, form.settings(), version),
                    "monitoringHealth.settings.saved");
        } catch (StaleVersionException | VersionRequiredException e) {
            Flash.error(redirect, "monitoringHealth.settings.stale");
        }
        return "redirect:/monitoring/settings?organisation=" + org;
    }
}
