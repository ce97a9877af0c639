package ru.nastavnik.mentorship.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import ru.nastavnik.mentorship.MentorshipId;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.OrganisationOwned;

/**
 * The payment term of one pair from a date: one of its organisation's rules, as the mentor's supplementary agreement
 * states it. A term is never changed: a change of pay is a new term from its date (Labour Code art. 351.8: the
 * agreement states the amount and conditions; what was paid stays as it was calculated).
 */
@Entity
@Table(name = "mentorship_payment_term")
class PairPaymentTerm extends OrganisationOwned {

    @Id
    private UUID id;

    @Column(name = "mentorship_id")
    private UUID mentorshipId;

    @Column(name = "rule_id")
    private UUID ruleId;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    protected PairPaymentTerm() {}

    PairPaymentTerm(
            MentorshipId pair, OrganisationId organisation, UUID rule, LocalDate validFrom, String by, Instant now) {
        super(organisation);
        this.id = UUID.randomUUID();
        this.mentorshipId = pair.value();
        this.ruleId = rule;
        this.validFrom = validFrom;
        this.createdBy = by;
        this.createdAt = now;
    }

    UUID id() {
        return id;
    }

    MentorshipId mentorship() {
        return new MentorshipId(mentorshipId);
    }

    UUID rule() {
        return ruleId;
    }

    LocalDate validFrom() {
        return validFrom;
    }

    String createdBy() {
        return createdBy;
    }

    Instant createdAt() {
        return createdAt;
    }
}
