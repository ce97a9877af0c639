package ru.nastavnik.mentorship.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.mentorship.MentorshipId;
import ru.nastavnik.mentorship.internal.NewPaymentTerm;
import ru.nastavnik.mentorship.internal.PairPaymentTerms;
import ru.nastavnik.mentorship.internal.PairPaymentTermsView;
import ru.nastavnik.mentorship.internal.PaymentRuleId;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** A pair's payment terms for the accountant's and the region's systems. */
@RestController
@RequestMapping("/api/v1/organisations/{orgId}/mentorships/{id}/payment-terms")
@Tag(name = "Выплаты за наставничество")
class PaymentTermApiController {

    private final PairPaymentTerms terms;

    PaymentTermApiController(PairPaymentTerms terms) {
        this.terms = terms;
    }

    /**
     * The term as typed: the rule as its typed id (a malformed one is the API's Russian 400 naming the field, as every
     * typed id read from JSON), the date as text, so that a date that does not exist names its field.
     */
    record TermForm(PaymentRuleId rule, String validFrom) {

        NewPaymentTerm term() {
            return new NewPaymentTerm(rule == null ? null : rule.value(), PaymentForms.date("validFrom", validFrom));
        }
    }

    @GetMapping
    @Operation(
            summary =
                    "Условия выплаты пары (дополнительное соглашение, ст. 351.8 ТК РФ): история с датами и правила организации для выбора")
    PairPaymentTermsView terms(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable MentorshipId id) {
        return terms.terms(me, orgId, id);
    }

    @PostMapping
    @Operation(
            summary =
                    "Новое условие выплаты пары: rule (id правила организации), validFrom (не раньше сегодняшнего дня и начала пары)")
    ResponseEntity<PairPaymentTermsView> choose(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable MentorshipId id,
            @RequestBody TermForm body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(terms.choose(me, orgId, id, body.term()));
    }
}
