package ru.nastavnik.consent.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import ru.nastavnik.consent.DistributionChannel;
import ru.nastavnik.consent.DistributionKind;
import ru.nastavnik.consent.DistributionScope;

/**
 * When a signed consent came back, until when it holds, and (for publication) which data it lets be published, as
 * the form sends them for one person or for the forms ticked on the overview; the service checks them.
 */
record GivenForm(
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate givenOn,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validUntil,
        String publishedItems,
        List<DistributionKind> distributionKinds,
        List<DistributionChannel> distributionChannels) {

    List<String> items() {
        return ConsentController.items(publishedItems);
    }

    /** The ticked kinds and resources; none ticked is left for the consent to refuse with its reason. */
    DistributionScope scope() {
        return DistributionScope.of(distributionKinds, distributionChannels);
    }
}
