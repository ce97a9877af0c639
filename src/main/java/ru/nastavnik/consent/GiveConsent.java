package ru.nastavnik.consent;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/** A signed consent to record: whose, for what, signed on which day, valid until when (if limited);
 * for distribution, which data, kinds of item and resources. */
public record GiveConsent(
        @NotBlank(message = "{consent.personId.required}") String personId,
        @NotNull(message = "{consent.purpose.required}") ConsentPurpose purpose,
        @NotNull(message = "{consent.givenOn.required}") LocalDate givenOn,
        LocalDate validUntil,
        List<String> publishedItems,
        DistributionScope scope) {

    /** A consent of another purpose, or one recorded by a caller that sets no scope (refused for distribution). */
    public GiveConsent(
            String personId, ConsentPurpose purpose, LocalDate givenOn, LocalDate validUntil, List<String> items) {
        this(personId, purpose, givenOn, validUntil, items, null);
    }
}
