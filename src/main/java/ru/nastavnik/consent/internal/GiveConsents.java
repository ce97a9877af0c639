package ru.nastavnik.consent.internal;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import ru.nastavnik.consent.DistributionScope;

/** Signed forms that came back, to be marked received together: which consents, signed on which day. */
public record GiveConsents(
        @NotEmpty(message = "{consent.batch.select}") @Size(max = 1000, message = "{consent.batch.tooManyConsents}")
        List<String> consentIds,

        @NotNull(message = "{consent.givenOn.required}") LocalDate givenOn,
        LocalDate validUntil,
        List<String> publishedItems,
        DistributionScope scope) {

    public GiveConsents(List<String> consentIds, LocalDate givenOn, LocalDate validUntil, List<String> publishedItems) {
        this(consentIds, givenOn, validUntil, publishedItems, null);
    }
}
