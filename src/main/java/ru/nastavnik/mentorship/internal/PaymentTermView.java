package ru.nastavnik.mentorship.internal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A pair's payment term from a date: the organisation's rule it follows and its wording in the agreement;
 * {@code byDefault}: not recorded yet — the organisation's rule in force on the pair's start date, which its
 * agreement will record when drafted.
 */
record PaymentTermView(
        LocalDate validFrom,
        PaymentRuleView rule,
        String wording,
        boolean byDefault,
        String createdBy,
        Instant createdAt) {}
