package ru.nastavnik.mentorship.web;

import java.util.Arrays;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.mentorship.internal.MentoringPayments;
import ru.nastavnik.mentorship.internal.PaymentKind;
import ru.nastavnik.mentorship.internal.PaymentOrders;
import ru.nastavnik.organisation.OrganisationSummary;
import ru.nastavnik.organisation.Organisations;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.SheetTexts;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.PageRefusal;
import ru.nastavnik.shared.web.RequestedOrganisation;
import ru.nastavnik.shared.web.Submit;

/** The curator's payment rules and the accountant's statement for a period (a month by default). */
@Controller
@RequestMapping("/mentorship/payments")
class PaymentController {

    static final String VIEW = "mentorship/payments";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final MentoringPayments payments;
    private final PaymentOrders orders;
    private final Organisations organisations;
    private final ru.nastavnik.mentorship.internal.PairPaymentTerms terms;
    private final ru.nastavnik.mentorship.internal.PairManagement mentorships;
    private final SheetTexts texts;

    PaymentController(
            MentoringPayments payments,
            PaymentOrders orders,
            Organisations organisations,
            ru.nastavnik.mentorship.internal.PairPaymentTerms terms,
            ru.nastavnik.mentorship.internal.PairManagement mentorships,
            SheetTexts texts) {
        this.payments = payments;
        this.terms = terms;
        this.mentorships = mentorships;
        this.orders = orders;
        this.organisations = organisations;
        this.texts = texts;
    }

    @GetMapping
    String page(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) OrganisationId organisation,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            Model model) {
        OrganisationId org = RequestedOrganisation.get(me, organisation);
        model.addAttribute("organisationId", org);
        model.addAttribute("rules", payments.rules(me, org));
        model.addAttribute("kinds", Arrays.asList(PaymentKind.values()));
        model.addAttribute("today", payments.today(org));
        // each pair's own term, as its agreement states it (the list is a read of the pairs' members, audited there)
        model.addAttribute(
                "pairs",
                mentorships.list(me, org).stream()
                        .filter(p -> !p.status().ended())
                        .toList());
        model.addAttribute("pairTerms", terms.current(me, org));
        if (!PageRefusal.shown(model, "periodError", () -> {
            PaymentForms.Period period = PaymentForms.Period.of(from, to, payments.today(org));
            model.addAttribute("period", period);
            model.addAttribute("statement", payments.statement(me, org, period.from(), period.to()));
        })) {
            model.addAttribute("period", PaymentForms.Period.of(null, null, payments.today(org)));
        }
        return VIEW;
    }

    @PostMapping("/rules")
    String addRule(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) OrganisationId organisation,
            PaymentForms.RuleForm form,
            RedirectAttributes redirect) {
        OrganisationId org = RequestedOrganisation.get(me, organisation);
        return Submit.to(
                "redirect:/mentorship/payments?organisation=" + org,
                redirect,
                () -> payments.addRule(me, org, form.rule()),
                "mentorship.payment.rule.added");
    }

    @GetMapping("/statement.xlsx")
    ResponseEntity<byte[]> statement(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) OrganisationId organisation,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        OrganisationId org = RequestedOrganisation.get(me, organisation);
        PaymentForms.Period period = PaymentForms.Period.of(from, to, payments.today(org));
        String name = organisations.find(org).map(OrganisationSummary::name).orElse("");
        return Downloads.file(
                payments.workbook(me, org, name, period.from(), period.to()),
                texts.text(
                        "house.file.paymentStatement",
                        period.from().toString(),
                        period.to().toString()),
                XLSX);
    }

    /** The draft order on the period's payments, DOCX or PDF. */
    @GetMapping("/order.{format:docx|pdf}")
    ResponseEntity<byte[]> order(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @org.springframework.web.bind.annotation.PathVariable String format,
            @RequestParam(required = false) OrganisationId organisation,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        OrganisationId org = RequestedOrganisation.get(me, organisation);
        PaymentForms.Period period = PaymentForms.Period.of(from, to, payments.today(org));
        return "pdf".equals(format)
                ? Downloads.pdf(orders.draftPdf(me, org, period.from(), period.to()))
                : Downloads.docx(orders.draft(me, org, period.from(), period.to()));
    }
}
