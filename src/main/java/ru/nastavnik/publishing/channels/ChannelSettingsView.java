package ru.nastavnik.publishing.channels;

import java.time.Instant;

/** A channel's settings as shown: the token only as «set» — it is never sent back to a browser. */
public record ChannelSettingsView(
        ChannelKind kind, boolean configured, boolean enabled, String target, boolean tokenSet, Instant updatedAt) {

    static ChannelSettingsView none(ChannelKind kind) {
        return new ChannelSettingsView(kind, false, false, "", false, null);
    }
}
