package ru.nastavnik.mentorship.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import ru.nastavnik.people.PersonId;

/**
 * The accountant's statement of mentoring payments for a period: per mentor, her pairs and mentees, the days she
 * mentored, the sum in roubles and the share of her rate (which the accountant multiplies by it); the rules in
 * force. {@code withoutRule}: days in the period on which a pair worked without a payment term (none chosen, and no
 * rule of the organisation in force on its start date): paid nothing, the curator must choose one on the pair's page.
 */
public record PaymentStatement(
        LocalDate from, LocalDate to, List<Row> rows, List<PaymentRuleView> rules, boolean withoutRule) {

    public PaymentStatement {
        rows = List.copyOf(rows);
        rules = List.copyOf(rules);
    }

    public record Row(
            PersonId mentor,
            String fullName,
            String position,
            int pairs,
            List<String> mentees,
            int days,
            BigDecimal roubles,
            BigDecimal rateShare) {

        public Row {
            mentees = List.copyOf(mentees);
        }
    }

    public BigDecimal totalRoubles() {
        return rows.stream().map(Row::roubles).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
