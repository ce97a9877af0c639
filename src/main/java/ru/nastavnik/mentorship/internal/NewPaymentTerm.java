package ru.nastavnik.mentorship.internal;

import java.time.LocalDate;
import java.util.UUID;

/** The curator's choice for a pair: which of the organisation's rules, from which day. */
public record NewPaymentTerm(UUID rule, LocalDate validFrom) {}
