package ru.nastavnik.consent;

import java.util.List;

/**
 * Why a person may not appear in an item: no valid consent to distribution at all, or one that does not cover the
 * item's kind ({@code kind}, else null) or some of the channels it goes to ({@code channels}).
 */
public record DistributionGap(boolean noConsent, DistributionKind kind, List<DistributionChannel> channels) {

    public DistributionGap {
        channels = channels == null ? List.of() : List.copyOf(channels);
    }

    public static DistributionGap none() {
        return new DistributionGap(true, null, List.of());
    }
}
