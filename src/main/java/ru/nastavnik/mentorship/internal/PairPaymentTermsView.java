package ru.nastavnik.mentorship.internal;

import java.time.LocalDate;
import java.util.List;
import ru.nastavnik.mentorship.MentorshipId;
import ru.nastavnik.mentorship.MentorshipStatus;

/**
 * A pair's payment terms, earliest first, and what the curator may choose from: the organisation's rules.
 * {@code changeable}: the pair has not ended, so a new term may be set from today or later.
 */
public record PairPaymentTermsView(
        MentorshipId pair,
        String form,
        LocalDate startsOn,
        LocalDate endsOn,
        MentorshipStatus status,
        List<PaymentTermView> terms,
        List<PaymentRuleView> rules,
        boolean changeable) {

    public PairPaymentTermsView {
        terms = List.copyOf(terms);
        rules = List.copyOf(rules);
    }
}
