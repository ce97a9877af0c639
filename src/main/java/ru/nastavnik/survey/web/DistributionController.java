package ru.nastavnik.survey.web;

import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Flash;
import ru.nastavnik.shared.web.Submit;
import ru.nastavnik.survey.QuestionnaireId;
import ru.nastavnik.survey.QuestionnaireView;
import ru.nastavnik.survey.internal.QuestionnaireManagement;
import ru.nastavnik.survey.internal.SurveyDistribution;

/** Who is asked to answer a questionnaire, reminders, and the personal links to hand out. */
@Controller
class DistributionController {

    private final QuestionnaireManagement questionnaires;
    private final SurveyDistribution distribution;
    private final StaffManagement staff;

    DistributionController(
            QuestionnaireManagement questionnaires, SurveyDistribution distribution, StaffManagement staff) {
        this.questionnaires = questionnaires;
        this.distribution = distribution;
        this.staff = staff;
    }

    @GetMapping("/survey/questionnaires/{id}/invitations")
    String invitations(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable QuestionnaireId id, Model model) {
        QuestionnaireId qid = id;
        QuestionnaireView q = questionnaires.get(me, qid);
        model.addAttribute("q", q);
        model.addAttribute("invitations", distribution.invitations(me, qid));
        model.addAttribute("mailEnabled", distribution.mailEnabled());
        model.addAttribute("audiences", distribution.audiences(me, q.organisationId()));
        model.addAttribute("staff", staff.toChooseFrom(me, q.organisationId(), s -> !s.processingRestricted()));
        return "survey/invitations";
    }

    @PostMapping("/survey/questionnaires/{id}/invitations")
    String invite(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable QuestionnaireId id,
            @RequestParam(required = false) List<String> personIds,
            @RequestParam(required = false) List<String> groups,
            RedirectAttributes redirect) {
        QuestionnaireId qid = id;
        Submit.done(redirect, () -> Flash.of("survey.invited", distribution.invite(me, qid, personIds, groups)));
        return "redirect:/survey/questionnaires/" + qid + "/invitations";
    }

    @PostMapping("/survey/questionnaires/{id}/reminders")
    String remind(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable QuestionnaireId id,
            RedirectAttributes redirect) {
        QuestionnaireId qid = id;
        Submit.done(redirect, () -> Flash.of("survey.reminded", distribution.remind(me, qid)));
        return "redirect:/survey/questionnaires/" + qid + "/invitations";
    }

    @GetMapping("/survey/questionnaires/{id}/links")
    String links(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable QuestionnaireId id, Model model) {
        QuestionnaireId qid = id;
        model.addAttribute("q", questionnaires.get(me, qid));
        model.addAttribute("links", distribution.links(me, qid));
        return "survey/links";
    }
}
