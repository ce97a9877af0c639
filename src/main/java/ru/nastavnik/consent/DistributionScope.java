package ru.nastavnik.consent;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import ru.nastavnik.shared.InvalidInputException;

/** What a consent to distribution covers: the kinds of item and the resources (channels) she allowed, ticked on the form. */
public record DistributionScope(Set<DistributionKind> kinds, Set<DistributionChannel> channels) {

    public DistributionScope {
        kinds = kinds == null || kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        channels = channels == null || channels.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(channels));
    }

    public static DistributionScope of(Collection<DistributionKind> kinds, Collection<DistributionChannel> channels) {
        return new DistributionScope(
                kinds == null ? Set.of() : Set.copyOf(kinds), channels == null ? Set.of() : Set.copyOf(channels));
    }

    /** Every kind on every channel: what a consent printed before the scope existed covered (see V157). */
    public static DistributionScope everything() {
        return new DistributionScope(EnumSet.allOf(DistributionKind.class), EnumSet.allOf(DistributionChannel.class));
    }

    /** A consent to distribution with nothing ticked allows nothing: it is refused rather than recorded empty. */
    public DistributionScope requireComplete() {
        if (kinds.isEmpty()) {
            throw InvalidInputException.of("distributionKinds", "consentScope.kinds.required");
        }
        if (channels.isEmpty()) {
            throw InvalidInputException.of("distributionChannels", "consentScope.channels.required");
        }
        return this;
    }

    public boolean within(DistributionScope wider) {
        return wider.kinds.containsAll(kinds) && wider.channels.containsAll(channels);
    }

    /** The kinds in a stable order (as declared), for pages and the printed form. */
    public List<DistributionKind> kindList() {
        return EnumSet.allOf(DistributionKind.class).stream()
                .filter(kinds::contains)
                .toList();
    }

    public List<DistributionChannel> channelList() {
        return EnumSet.allOf(DistributionChannel.class).stream()
                .filter(channels::contains)
                .toList();
    }

    /** What is lacking for an item of {@code kind} going to {@code wanted}: null when it is covered. */
    public DistributionGap gap(DistributionKind kind, Set<DistributionChannel> wanted) {
        boolean kindMissing = !kinds.contains(kind);
        List<DistributionChannel> missing =
                wanted.stream().filter(c -> !channels.contains(c)).sorted().toList();
        return kindMissing || !missing.isEmpty()
                ? new DistributionGap(false, kindMissing ? kind : null, missing)
                : null;
    }
}
