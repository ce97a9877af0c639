package ru.nastavnik.mentorship.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A payment rule as the curator sets it: from which day, how, how much (roubles for a fixed sum; a share of the rate,
 * such as 0.15, otherwise) and the most a mentor may get a month in the same unit (none: no cap).
 */
public record NewPaymentRule(LocalDate validFrom, PaymentKind kind, BigDecimal amount, BigDecimal cap) {}
