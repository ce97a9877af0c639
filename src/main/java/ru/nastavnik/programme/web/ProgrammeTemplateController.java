package ru.nastavnik.programme.web;

import java.util.Arrays;
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
import ru.nastavnik.bank.MenteeCategory;
import ru.nastavnik.programme.internal.ActivityRole;
import ru.nastavnik.programme.internal.ActivityTiming;
import ru.nastavnik.programme.internal.ProgrammeTemplateManagement;
import ru.nastavnik.programme.internal.ProgrammeTemplateView;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.StaleVersionException;
import ru.nastavnik.shared.VersionRequiredException;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Flash;
import ru.nastavnik.shared.web.FormPage;
import ru.nastavnik.shared.web.RequestedOrganisation;
import ru.nastavnik.shared.web.SavedMeanwhile;

/** The curator's pages for the organisation's programme templates; a refused edit shows the form again as typed. */
@Controller
@RequestMapping("/mentorship/programme-templates")
class ProgrammeTemplateController {

    static final String LIST = "programme/programme-template-list";
    static final String FORM = "programme/programme-template-form";
    static final String NEEDS = "programme/programme-template-needs";

    private final ProgrammeTemplateManagement templates;

    ProgrammeTemplateController(ProgrammeTemplateManagement templates) {
        this.templates = templates;
    }

    @GetMapping
    String list(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) OrganisationId organisation,
            Model model) {
        OrganisationId org = RequestedOrganisation.get(me, organisation);
        model.addAttribute("templates", templates.templates(me, org));
        model.addAttribute("organisationId", org);
        return LIST;
    }

    @GetMapping("/needs")
    String needs(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) OrganisationId organisation,
            Model model) {
        OrganisationId org = RequestedOrganisation.get(me, organisation);
        model.addAttribute(
                "suggestionsForm",
                SuggestionsForm.of(templates.suggestions(me, org), templates.suggestionsVersion(me, org)));
        model.addAttribute("organisationId", org);
        return NEEDS;
    }

    @PostMapping("/needs")
    String saveNeeds(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) OrganisationId organisation,
            @ModelAttribute("suggestionsForm") SuggestionsForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        OrganisationId org = RequestedOrganisation.get(me, organisation);
        try {
            return FormPage.listing(model, "problems", () -> {
                        model.addAttribute("organisationId", org);
                        return NEEDS;
                    })
                    .submit(
                            redirect,
                            () -> templates.saveSuggestions(me, org, form.inputs(), form.getVersion()),
                            "programme.template.saved",
                            "redirect:/mentorship/programme-templates/needs?organisation=" + org);
        } catch (StaleVersionException | VersionRequiredException e) {
            long version = templates.suggestionsVersion(me, org);
            SavedMeanwhile.show(
                    model,
                    result,
                    form,
                    SuggestionsForm.of(templates.suggestions(me, org), version),
                    version,
                    "form.stale");
            model.addAttribute("organisationId", org);
            return NEEDS;
        }
    }

    @PostMapping("/needs/reset")
    String resetNeeds(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) OrganisationId organisation,
            RedirectAttributes redirect) {
        OrganisationId org = RequestedOrganisation.get(me, organisation);
        templates.resetSuggestions(me, org);
        Flash.success(redirect, "programme.template.resetDone");
        return "redirect:/mentorship/programme-templates/needs?organisation=" + org;
    }

    @GetMapping("/{category}")
    String edit(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable String category,
            @RequestParam(required = false) OrganisationId organisation,
            Model model) {
        OrganisationId org = RequestedOrganisation.get(me, organisation);
        MenteeCategory c = category(category);
        return form(model, TemplateForm.of(templates.template(me, org, c)), org, c);
    }

    @PostMapping("/{category}")
    String save(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable String category,
            @RequestParam(required = false) OrganisationId organisation,
            @ModelAttribute("templateForm") TemplateForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        OrganisationId org = RequestedOrganisation.get(me, organisation);
        MenteeCategory c = category(category);
        try {
            return FormPage.listing(model, "problems", () -> form(model, form, org, c))
                    .submit(
                            redirect,
                            () -> templates.save(me, org, c, form.getGoal(), form.inputs(), form.getVersion()),
                            "programme.template.saved",
                            "redirect:/mentorship/programme-templates/" + c + "?organisation=" + org);
        } catch (StaleVersionException | VersionRequiredException e) {
            ProgrammeTemplateView saved = templates.template(me, org, c);
            SavedMeanwhile.show(model, result, form, TemplateForm.of(saved), saved.version(), "form.stale");
            return form(model, form, org, c);
        }
    }

    @PostMapping("/{category}/reset")
    String reset(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable String category,
            @RequestParam(required = false) OrganisationId organisation,
            RedirectAttributes redirect) {
        OrganisationId org = RequestedOrganisation.get(me, organisation);
        MenteeCategory c = category(category);
        templates.reset(me, org, c);
        Flash.success(redirect, "programme.template.resetDone");
        return "redirect:/mentorship/programme-templates/" + c + "?organisation=" + org;
    }

    private String form(Model model, TemplateForm form, OrganisationId org, MenteeCategory category) {
        model.addAttribute("templateForm", form);
        model.addAttribute("category", category);
        model.addAttribute("organisationId", org);
        model.addAttribute("timings", ActivityTiming.values());
        model.addAttribute("roles", ActivityRole.values());
        return FORM;
    }

    static MenteeCategory category(String value) {
        return Arrays.stream(MenteeCategory.values())
                .filter(c -> c.name().equals(value))
                .findFirst()
                .orElseThrow(NotFoundException::new);
    }
}
