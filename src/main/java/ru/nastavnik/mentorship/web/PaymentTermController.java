package ru.nastavnik.mentorship.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.mentorship.MentorshipId;
import ru.nastavnik.mentorship.internal.NewPaymentTerm;
import ru.nastavnik.mentorship.internal.PairPaymentTerms;
import ru.nastavnik.mentorship.internal.PaymentRuleId;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.RequestedOrganisation;
import ru.nastavnik.shared.web.Submit;

/** A pair's payment term, as its mentor's supplementary agreement states it, and its changes from a date. */
@Controller
class PaymentTermController {

    static final String VIEW = "mentorship/payment-terms";

    private final PairPaymentTerms terms;

    PaymentTermController(PairPaymentTerms terms) {
        this.terms = terms;
    }

    @GetMapping("/mentorship/pairs/{id}/payment-terms")
    String page(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable MentorshipId id,
            @RequestParam(required = false) OrganisationId organisation,
            Model model) {
        OrganisationId org = RequestedOrganisation.get(me, organisation);
        model.addAttribute("organisationId", org);
        model.addAttribute("view", terms.terms(me, org, id));
        model.addAttribute("today", terms.today(org));
        return VIEW;
    }

    @PostMapping("/mentorship/pairs/{id}/payment-terms")
    String choose(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable MentorshipId id,
            @RequestParam(required = false) OrganisationId organisation,
            @RequestParam(required = false) PaymentRuleId rule,
            @RequestParam(required = false) String validFrom,
            RedirectAttributes redirect) {
        OrganisationId org = RequestedOrganisation.get(me, organisation);
        return Submit.to(
                "redirect:/mentorship/pairs/" + id.value() + "/payment-terms?organisation=" + org,
                redirect,
                () -> terms.choose(
                        me,
                        org,
                        id,
                        new NewPaymentTerm(
                                rule == null ? null : rule.value(), PaymentForms.date("validFrom", validFrom))),
                "payments.term.changed");
    }
}
