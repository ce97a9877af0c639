package ru.nastavnik.consent;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/** A signed consent to record: whose, for what, signed on which day, valid until when (if limited). */
public record GiveConsent(
        @NotBlank(message = "{consent.personId.required}") String personId,
        @NotNull(message = "{consent.purpose.required}") ConsentPurpose purpose,
        @NotNull(message = "{consent.givenOn.required}") LocalDate givenOn,
        LocalDate validUntil,
        List<String> publishedItems) {}
