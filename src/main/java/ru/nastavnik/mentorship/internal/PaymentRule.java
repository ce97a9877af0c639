package ru.nastavnik.mentorship.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.OrganisationOwned;

/**
 * An organisation's rule for mentoring payments, in force from its date until the next rule's. A rule is never
 * changed or dated back: a change of pay applies from its date, so what was paid stays as it was calculated.
 */
@Entity
@Table(name = "mentorship_payment_rule")
class PaymentRule extends OrganisationOwned {

    static final BigDecimal MAX_ROUBLES = new BigDecimal("1000000");
    static final BigDecimal MAX_SHARE = new BigDecimal("10");

    @Id
    private UUID id;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Enumerated(EnumType.STRING)
    private PaymentKind kind;

    private BigDecimal amount;
    private BigDecimal cap;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    protected PaymentRule() {}

    PaymentRule(OrganisationId organisation, NewPaymentRule rule, LocalDate today, String by, Instant now) {
        super(organisation);
        check(rule, today);
        this.id = UUID.randomUUID();
        this.validFrom = rule.validFrom();
        this.kind = rule.kind();
        this.amount = rule.amount();
        this.cap = rule.cap();
        this.createdBy = by;
        this.createdAt = now;
    }

    static void check(NewPaymentRule rule, LocalDate today) {
        if (rule.kind() == null) {
            throw InvalidInputException.of("kind", "mentorship.payment.kind.required");
        }
        if (rule.validFrom() == null) {
            throw InvalidInputException.of("validFrom", "mentorship.payment.validFrom.required");
        }
        if (rule.validFrom().isBefore(today)) {
            throw InvalidInputException.of("validFrom", "mentorship.payment.validFrom.past");
        }
        BigDecimal max = rule.kind().inRoubles() ? MAX_ROUBLES : MAX_SHARE;
        if (rule.amount() == null
                || rule.amount().signum() <= 0
                || rule.amount().compareTo(max) > 0) {
            throw InvalidInputException.of("amount", "mentorship.payment.amount.invalid", max.toPlainString());
        }
        if (rule.cap() != null
                && (rule.cap().compareTo(rule.amount()) < 0 || rule.cap().compareTo(max) > 0)) {
            throw InvalidInputException.of("cap", "mentorship.payment.cap.belowAmount");
        }
    }

    UUID id() {
        return id;
    }

    LocalDate validFrom() {
        return validFrom;
    }

    PaymentKind kind() {
        return kind;
    }

    BigDecimal amount() {
        return amount;
    }

    BigDecimal cap() {
        return cap;
    }

    PaymentRuleView view() {
        return new PaymentRuleView(id, validFrom, kind, amount, cap, createdBy, createdAt);
    }
}
