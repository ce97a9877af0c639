package ru.nastavnik.people.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Where the processing of a person's data stands once her consent is gone (152-ФЗ art. 21): restricted — only the
 * director and curator see the record — until the retention period runs out on {@code anonymiseOn}, then anonymised
 * for good. Columns of the {@code person} row; all empty while the data may be processed.
 */
@Embeddable
class ProcessingRestriction {

    @Column(name = "processing_restricted_at")
    private Instant restrictedAt;

    @Column(name = "anonymise_on")
    private LocalDate anonymiseOn;

    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

    protected ProcessingRestriction() {}

    static ProcessingRestriction none() {
        return new ProcessingRestriction();
    }

    /** Processing stops (if it had not); true when anything changed, the day of anonymisation included. */
    boolean restrict(Instant now, LocalDate anonymiseAfter) {
        boolean changed = restrictedAt == null || !anonymiseAfter.equals(anonymiseOn);
        if (restrictedAt == null) {
            restrictedAt = now;
        }
        anonymiseOn = anonymiseAfter;
        return changed;
    }

    /** A new consent resumes processing; a record already anonymised stays so. */
    boolean lift() {
        if (restrictedAt == null || anonymisedAt != null) {
            return false;
        }
        restrictedAt = null;
        anonymiseOn = null;
        return true;
    }

    boolean restricted() {
        return restrictedAt != null;
    }

    /** The retention period after a restriction has run out by {@code today} (the school's own date). */
    boolean anonymisationDue(LocalDate today) {
        return anonymiseOn != null && !anonymiseOn.isAfter(today);
    }

    boolean anonymised() {
        return anonymisedAt != null;
    }

    void anonymisedAt(Instant now) {
        anonymisedAt = now;
    }

    LocalDate anonymiseOn() {
        return anonymiseOn;
    }
}
