package ru.nastavnik.mentorship.web;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.bank.Vocabulary;
import ru.nastavnik.mentorship.internal.NoticeId;
import ru.nastavnik.mentorship.internal.SupportId;
import ru.nastavnik.mentorship.internal.SupportKind;
import ru.nastavnik.mentorship.internal.WaitingSearch;
import ru.nastavnik.mentorship.internal.WaitingView;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Flash;
import ru.nastavnik.shared.web.RequestedOrganisation;
import ru.nastavnik.shared.web.Submit;

/** Mentees still without a mentor: the support they get, and the mentors the standing search found. */
@Controller
class WaitingController {

    private final WaitingSearch waiting;
    private final Vocabulary vocabulary;

    WaitingController(WaitingSearch waiting, Vocabulary vocabulary) {
        this.waiting = waiting;
        this.vocabulary = vocabulary;
    }

    @GetMapping("/mentorship/waiting")
    String list(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) OrganisationId organisation,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        OrganisationId org = RequestedOrganisation.get(me, organisation);
        Page<WaitingView> shown =
                waiting.list(me, org, null, PageRequest.of(Math.max(page, 0), PairController.PAGE_SIZE));
        model.addAttribute("waiting", shown.getContent());
        model.addAttribute("page", shown);
        model.addAttribute("kinds", SupportKind.values());
        model.addAttribute(
                "topicTitles",
                vocabulary.of(org).stream()
                        .collect(java.util.stream.Collectors.toMap(t -> t.code(), t -> t.title(), (a, b) -> a)));
        model.addAttribute("organisationId", org);
        return "mentorship/waiting";
    }

    @PostMapping("/mentorship/waiting/{person}/supports")
    String assign(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam OrganisationId organisation,
            @PathVariable PersonId person,
            @RequestParam(required = false) SupportKind kind,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        OrganisationId org = organisation;
        return Submit.to(
                "redirect:/mentorship/waiting?organisation=" + org,
                redirect,
                () -> waiting.assignSupport(me, org, person, kind, note),
                "mentorship.saved");
    }

    @PostMapping("/mentorship/supports/{id}/end")
    String end(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam OrganisationId organisation,
            @PathVariable SupportId id,
            RedirectAttributes redirect) {
        OrganisationId org = organisation;
        waiting.endSupport(me, org, id.value());
        Flash.success(redirect, "mentorship.saved");
        return "redirect:/mentorship/waiting?organisation=" + org;
    }

    @PostMapping("/mentorship/notices/{id}/seen")
    String seen(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam OrganisationId organisation,
            @PathVariable NoticeId id,
            RedirectAttributes redirect) {
        OrganisationId org = organisation;
        waiting.seen(me, org, id.value());
        return "redirect:/mentorship/waiting?organisation=" + org;
    }
}
