package ru.nastavnik.mentorship.internal;

import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import ru.nastavnik.shared.OrganisationId;

/**
 * The payment clause of the school's acts — the assignment order's point 3 and the Regulation's 10.1 (Labour Code
 * art. 351.8: the amount and conditions are the supplementary agreement's). With the school's payment rules each
 * pair's amount is the one its agreement states, so the act refers to the agreements instead of printing the blank of
 * the free-text setting the rules replaced; without rules that setting is printed, or a blank to fill in.
 */
@Component
class PaymentClause {

    private static final Locale RU = Locale.forLanguageTag("ru");

    private final PaymentRuleRepository rules;
    private final MessageSource messages;

    PaymentClause(PaymentRuleRepository rules, MessageSource messages) {
        this.rules = rules;
        this.messages = messages;
    }

    /** {@code organisation}: the organisation's document model ({@code DocumentModels.organisation}). */
    String of(OrganisationId school, Map<String, Object> organisation) {
        return rules.inOrganisation(school.value()).isEmpty()
                ? messages.getMessage(
                        "docfix.order.payment.amount", new Object[] {organisation.get("mentoringPayment")}, RU)
                : messages.getMessage("docfix.order.payment.agreements", null, RU);
    }
}
