package ru.nastavnik.practices.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
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
import ru.nastavnik.practices.PracticeId;
import ru.nastavnik.practices.PracticeView;
import ru.nastavnik.practices.PublicPractices;
import ru.nastavnik.practices.internal.PracticeEditing;
import ru.nastavnik.practices.internal.PracticeManagement;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.StaleVersionException;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.FormPage;
import ru.nastavnik.shared.web.RequestedOrganisation;
import ru.nastavnik.shared.web.SavedMeanwhile;

/** The school's practices: the curator's list, a practice's card, her decision, its sections and the authors' consent. */
@Controller
@RequestMapping("/practices")
class PracticeController {

    static final String LIST = "practices/practice-list";
    static final String DETAIL = "practices/practice-detail";
    static final String FORM = "practices/practice-form";

    private final PracticeManagement practices;
    private final PracticeEditing editing;
    private final PublicPractices shown;

    PracticeController(PracticeManagement practices, PracticeEditing editing, PublicPractices shown) {
        this.practices = practices;
        this.editing = editing;
        this.shown = shown;
    }

    @GetMapping
    String list(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) OrganisationId organisation,
            Model model) {
        OrganisationId org = RequestedOrganisation.get(me, organisation);
        model.addAttribute("practices", practices.list(me, org));
        model.addAttribute("organisationId", org);
        return LIST;
    }

    @GetMapping("/{id}")
    String card(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable PracticeId id, Model model) {
        var card = practices.card(me, id);
        model.addAttribute("card", card);
        // whether the school's public section shows it: accepted, the consent recorded, and every author still
        // allowing best practices on the section (a withdrawn consent hides it without a word otherwise)
        model.addAttribute(
                "onSite",
                shown.of(java.util.List.of(card.practice().organisationId())).stream()
                        .anyMatch(s -> s.id().equals(id)));
        return DETAIL;
    }

    @PostMapping("/{id}/accept")
    String accept(
            @AuthenticationPrincipal NastavnikPrincipal me, @PathVariable PracticeId id, RedirectAttributes redirect) {
        return Outcome.of(id, redirect, () -> practices.accept(me, id), "practice.accepted");
    }

    @PostMapping("/{id}/reject")
    String reject(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable PracticeId id,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return Outcome.of(id, redirect, () -> practices.reject(me, id, reason), "practice.rejected");
    }

    @PostMapping("/{id}/consent")
    String consent(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable PracticeId id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate givenOn,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        OrganisationId school = practices.kept(me, id).organisationId();
        return Outcome.of(
                id,
                redirect,
                () -> editing.recordConsent(me, school, id, version, givenOn),
                "practice.consent.recorded");
    }

    @GetMapping("/{id}/edit")
    String editForm(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable PracticeId id, Model model) {
        PracticeView practice = practices.kept(me, id);
        model.addAttribute("practiceForm", PracticeForm.of(practice));
        model.addAttribute("practice", practice);
        return FORM;
    }

    @PostMapping("/{id}/edit")
    String edit(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable PracticeId id,
            @ModelAttribute("practiceForm") PracticeForm practiceForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        PracticeView practice = practices.kept(me, id);
        model.addAttribute("practice", practice);
        try {
            return FormPage.of(model, result, () -> FORM)
                    .submit(
                            redirect,
                            () -> editing.describe(
                                    me,
                                    practice.organisationId(),
                                    id,
                                    practiceForm.getVersion(),
                                    practiceForm.description()),
                            "practice.described",
                            "redirect:/practices/" + id);
        } catch (StaleVersionException e) {
            SavedMeanwhile.show(
                    model, result, practiceForm, PracticeForm.of(practice), practice.version(), "practice.stale");
            return FORM;
        }
    }
}
