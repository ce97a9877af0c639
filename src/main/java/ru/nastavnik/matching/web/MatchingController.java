package ru.nastavnik.matching.web;

import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.bank.BankFilter;
import ru.nastavnik.bank.BankManagement;
import ru.nastavnik.bank.MentoringFormSettings;
import ru.nastavnik.matching.MatchingWeights;
import ru.nastavnik.matching.internal.AreaMatching;
import ru.nastavnik.matching.internal.MatchingDecisions;
import ru.nastavnik.matching.internal.MatchingWishes;
import ru.nastavnik.matching.internal.SchoolMatching;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.Ids;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Flash;
import ru.nastavnik.shared.web.PageRefusal;
import ru.nastavnik.shared.web.RequestedOrganisation;
import ru.nastavnik.shared.web.Submit;

/** Selecting mentors: run the optimiser, read its proposals and why, pin and exclude pairs, dismiss proposals. */
@Controller
class MatchingController {

    private final SchoolMatching matching;
    private final MatchingDecisions decisions;
    private final BankManagement banks;
    private final AreaMatching area;
    private final MatchingWishes wishes;
    private final MentoringFormSettings forms;

    MatchingController(
            SchoolMatching matching,
            MatchingDecisions decisions,
            BankManagement banks,
            AreaMatching area,
            MatchingWishes wishes,
            MentoringFormSettings forms) {
        this.forms = forms;
        this.area = area;
        this.wishes = wishes;
        this.matching = matching;
        this.decisions = decisions;
        this.banks = banks;
    }

    @GetMapping("/matching/runs")
    String latest(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) OrganisationId organisation,
            @RequestParam(required = false) String suggestFor,
            Model model) {
        OrganisationId org = RequestedOrganisation.get(me, organisation);
        if (suggestFor != null && !suggestFor.isBlank()) {
            PageRefusal.shown(model, "suggestError", () -> {
                model.addAttribute("suggestions", matching.suggest(me, org, person(suggestFor), 5));
                model.addAttribute("suggestFor", suggestFor);
            });
        }
        model.addAttribute("run", matching.latest(me, org).orElse(null));
        model.addAttribute("offers", area.offers(me, org));
        MatchingWeights w = matching.latestWeights(org);
        model.addAttribute("weights", WeightsForm.values(w));
        model.addAttribute("onlyTrained", w.onlyTrained());
        model.addAttribute("decisions", decisions.decisions(me, org));
        model.addAttribute("wishes", wishes.list(me, org));
        model.addAttribute("mentees", banks.mentees(me, org, BankFilter.all()));
        var mentors = banks.mentors(me, org, BankFilter.all());
        model.addAttribute("mentors", mentors);
        // the roadmap asks that mentors be trained: a proposal of one who is not yet says so
        model.addAttribute(
                "untrained",
                mentors.stream()
                        .filter(m -> m.trainingStatus() != ru.nastavnik.bank.TrainingStatus.TRAINED)
                        .map(m -> m.personId())
                        .collect(java.util.stream.Collectors.toSet()));
        model.addAttribute("forms", forms.of(org));
        model.addAttribute("today", banks.today(org));
        model.addAttribute("organisationId", org);
        return "matching/matching";
    }

    @PostMapping("/matching/runs")
    String run(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam OrganisationId organisation,
            WeightsForm weights,
            BindingResult binding,
            RedirectAttributes redirect) {
        OrganisationId org = organisation;
        return Submit.to(
                "redirect:/matching/runs?organisation=" + org,
                redirect,
                () -> {
                    WeightsForm.check(binding);
                    matching.run(me, org, weights.toWeights());
                },
                "matching.done");
    }

    @PostMapping("/matching/proposals/dismiss")
    String dismiss(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam OrganisationId organisation,
            @RequestParam(required = false) List<String> proposalIds,
            RedirectAttributes redirect) {
        OrganisationId org = organisation;
        return Submit.to(
                "redirect:/matching/runs?organisation=" + org,
                redirect,
                () -> matching.dismiss(
                        me,
                        org,
                        proposalIds == null
                                ? List.of()
                                : proposalIds.stream().map(Ids::parse).toList()),
                "matching.dismissed");
    }

    @PostMapping("/matching/decisions")
    String decide(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam OrganisationId organisation,
            ChoiceForms.DecisionForm form,
            RedirectAttributes redirect) {
        OrganisationId org = organisation;
        return Submit.to(
                "redirect:/matching/runs?organisation=" + org,
                redirect,
                () -> decisions.decide(me, org, form.menteeId(), form.mentorId(), form.pinned()),
                "matching.decided");
    }

    @PostMapping("/matching/decisions/{id}/delete")
    String forget(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam OrganisationId organisation,
            @PathVariable DecisionId id,
            RedirectAttributes redirect) {
        OrganisationId org = organisation;
        decisions.forget(me, org, id.value());
        Flash.success(redirect, "matching.decided");
        return "redirect:/matching/runs?organisation=" + org;
    }

    @PostMapping("/matching/wishes")
    String wish(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam OrganisationId organisation,
            ChoiceForms.WishForm form,
            RedirectAttributes redirect) {
        OrganisationId org = organisation;
        return Submit.to(
                "redirect:/matching/runs?organisation=" + org,
                redirect,
                () -> wishes.record(me, org, form.menteeId(), form.mentorId(), form.menteesWish()),
                "matching.wish.recorded");
    }

    @PostMapping("/matching/wishes/{id}/delete")
    String forgetWish(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam OrganisationId organisation,
            @PathVariable WishId id,
            RedirectAttributes redirect) {
        OrganisationId org = organisation;
        wishes.forget(me, org, id.value());
        Flash.success(redirect, "matching.wish.forgotten");
        return "redirect:/matching/runs?organisation=" + org;
    }

    static PersonId person(String id) {
        try {
            return PersonId.of(id);
        } catch (NotFoundException e) {
            throw InvalidInputException.of("mentee", "matching.decision.notInBanks");
        }
    }
}
