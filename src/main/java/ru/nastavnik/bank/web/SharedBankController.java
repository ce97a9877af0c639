package ru.nastavnik.bank.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ru.nastavnik.bank.Vocabulary;
import ru.nastavnik.bank.internal.SharedBank;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** The area's shared bank for its methodologists: mentors of its schools who agreed to serve other schools. */
@Controller
class SharedBankController {

    static final String SHARED = "bank/shared-bank";

    private final SharedBank shared;
    private final Vocabulary vocabulary;

    SharedBankController(SharedBank shared, Vocabulary vocabulary) {
        this.shared = shared;
        this.vocabulary = vocabulary;
    }

    @GetMapping("/bank/shared")
    String sharedBank(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) OrganisationId organisation,
            MentorFilter filter,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        // without one named, the first organisation the methodologist holds a role in (the service checks her right)
        OrganisationId area = organisation != null
                ? organisation
                : me.grants().stream()
                        .filter(g -> g.organisation() != null)
                        .map(g -> g.organisation())
                        .findFirst()
                        .orElseThrow(NotFoundException::new);
        var shown = shared.mentors(me, area, filter.shared(), page);
        model.addAttribute("page", shown);
        model.addAttribute("mentors", shown.getContent());
        model.addAttribute(
                "pagerBase",
                BankController.pagerBase(
                        area, "competence", filter.competence(), "subject", filter.subject(), "q", filter.q()));
        model.addAttribute("q", filter.q());
        model.addAttribute("needs", shared.needs(me, area));
        BankChoices.topics(vocabulary, area, model);
        model.addAttribute("organisationId", area);
        model.addAttribute("competence", filter.competence());
        model.addAttribute("subject", filter.subject());
        return SHARED;
    }
}
