package ru.nastavnik.survey.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.StaleVersionException;
import ru.nastavnik.shared.VersionRequiredException;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.RequestedOrganisation;
import ru.nastavnik.shared.web.SavedMeanwhile;
import ru.nastavnik.shared.web.Submit;
import ru.nastavnik.survey.BankField;
import ru.nastavnik.survey.QuestionType;
import ru.nastavnik.survey.QuestionnaireId;
import ru.nastavnik.survey.QuestionnairePurpose;
import ru.nastavnik.survey.QuestionnaireView;
import ru.nastavnik.survey.internal.QuestionnaireDetails;
import ru.nastavnik.survey.internal.QuestionnaireManagement;
import ru.nastavnik.survey.internal.SurveyTemplates;

/** The curator's questionnaires: the list, a new one from a template, and the editor of a draft. */
@Controller
class QuestionnaireController {

    private final QuestionnaireManagement questionnaires;

    QuestionnaireController(QuestionnaireManagement questionnaires) {
        this.questionnaires = questionnaires;
    }

    @GetMapping("/survey/questionnaires")
    String list(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) OrganisationId organisation,
            Model model) {
        OrganisationId org = RequestedOrganisation.get(me, organisation);
        model.addAttribute("questionnaires", questionnaires.list(me, org));
        model.addAttribute("templates", SurveyTemplates.all());
        model.addAttribute("organisationId", org);
        return "survey/questionnaire-list";
    }

    @PostMapping("/survey/questionnaires")
    String create(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam OrganisationId organisation,
            @RequestParam(required = false) String template,
            @RequestParam(required = false) String title,
            RedirectAttributes redirect) {
        OrganisationId org = organisation;
        return Submit.made(
                        redirect,
                        () -> {
                            QuestionnaireDetails details = template == null || template.isBlank()
                                    ? new QuestionnaireDetails(title, null, QuestionnairePurpose.OTHER, false, null)
                                    : new QuestionnaireDetails(title, null, null, false, null);
                            return questionnaires.create(me, org, template, details);
                        },
                        "survey.created")
                .map(created -> "redirect:/survey/questionnaires/" + created.id())
                .orElse("redirect:/survey/questionnaires?organisation=" + org);
    }

    @GetMapping("/survey/questionnaires/{id}")
    String detail(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable QuestionnaireId id, Model model) {
        model.addAttribute("q", questionnaires.get(me, id));
        model.addAttribute("purposes", QuestionnairePurpose.values());
        model.addAttribute("types", QuestionType.values());
        model.addAttribute("bankFields", BankField.values());
        return "survey/questionnaire-detail";
    }

    @PostMapping("/survey/questionnaires/{id}/details")
    String describe(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable QuestionnaireId id,
            DetailsForm form,
            @RequestParam(required = false) Long version,
            Model model,
            RedirectAttributes redirect) {
        QuestionnaireDetails details = form.details();
        try {
            return act(id, redirect, "survey.saved", q -> questionnaires.describe(me, q, details, version));
        } catch (StaleVersionException | VersionRequiredException e) {
            // someone saved the questionnaire since she opened it: the page again, her details in its form
            String page = detail(me, id, model);
            SavedMeanwhile.show(model, "typedDetails", details, model.getAttribute("q"), "form.stale");
            return page;
        }
    }

    @PostMapping("/survey/questionnaires/{id}/sections")
    String addSection(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable QuestionnaireId id,
            @RequestParam(required = false) String title,
            RedirectAttributes redirect) {
        return act(id, redirect, "survey.saved", q -> questionnaires.addSection(me, q, title));
    }

    @PostMapping("/survey/questionnaires/{id}/sections/{index}/delete")
    String removeSection(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable QuestionnaireId id,
            @PathVariable int index,
            RedirectAttributes redirect) {
        return act(id, redirect, "survey.saved", q -> questionnaires.removeSection(me, q, index));
    }

    @PostMapping("/survey/questionnaires/{id}/questions")
    String addQuestion(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable QuestionnaireId id,
            QuestionForm form,
            RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                "survey.saved",
                q -> questionnaires.addQuestion(me, q, form.section() == null ? 0 : form.section(), form.toQuestion()));
    }

    @PostMapping("/survey/questionnaires/{id}/questions/{key}/delete")
    String removeQuestion(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable QuestionnaireId id,
            @PathVariable String key,
            RedirectAttributes redirect) {
        return act(id, redirect, "survey.saved", q -> questionnaires.removeQuestion(me, q, key));
    }

    @PostMapping("/survey/questionnaires/{id}/questions/{key}/move")
    String moveQuestion(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable QuestionnaireId id,
            @PathVariable String key,
            @RequestParam int delta,
            RedirectAttributes redirect) {
        return act(id, redirect, "survey.saved", q -> questionnaires.moveQuestion(me, q, key, delta));
    }

    @PostMapping("/survey/questionnaires/{id}/open")
    String open(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable QuestionnaireId id,
            RedirectAttributes redirect) {
        return act(id, redirect, "survey.opened", q -> questionnaires.open(me, q));
    }

    @PostMapping("/survey/questionnaires/{id}/close")
    String close(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable QuestionnaireId id,
            RedirectAttributes redirect) {
        return act(id, redirect, "survey.closedNow", q -> questionnaires.close(me, q));
    }

    @PostMapping("/survey/questionnaires/{id}/delete")
    String delete(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable QuestionnaireId id,
            RedirectAttributes redirect) {
        QuestionnaireId qid = id;
        QuestionnaireView q = questionnaires.get(me, qid);
        return Submit.done(redirect, () -> questionnaires.delete(me, qid), "survey.deleted")
                ? "redirect:/survey/questionnaires?organisation=" + q.organisationId()
                : "redirect:/survey/questionnaires/" + id;
    }

    private String act(
            QuestionnaireId qid,
            RedirectAttributes redirect,
            String success,
            java.util.function.Consumer<QuestionnaireId> action) {
        return Submit.to("redirect:/survey/questionnaires/" + qid, redirect, () -> action.accept(qid), success);
    }
}
