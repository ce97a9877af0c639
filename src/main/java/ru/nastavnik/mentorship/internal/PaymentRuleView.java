package ru.nastavnik.mentorship.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

public record PaymentRuleView(
        UUID id,
        LocalDate validFrom,
        PaymentKind kind,
        BigDecimal amount,
        BigDecimal cap,
        String createdBy,
        Instant createdAt) {}
