package ru.nastavnik.publishing.channels;

import java.time.Duration;

/**
 * A channel did not take a post. Permanent failures (a token the service rejects, a chat the bot may not post to,
 * no consent) wait for the curator; the others are retried with a growing delay, or after what the service asked.
 */
class ChannelFailure extends RuntimeException {

    private final String key;
    private final transient Object[] args;
    private final boolean permanent;
    private final Duration retryAfter;

    private ChannelFailure(String key, boolean permanent, Duration retryAfter, Object... args) {
        super(key, null, false, false);
        this.key = key;
        this.args = args;
        this.permanent = permanent;
        this.retryAfter = retryAfter;
    }

    static ChannelFailure permanent(String key, Object... args) {
        return new ChannelFailure(key, true, null, args);
    }

    static ChannelFailure temporary(String key, Object... args) {
        return new ChannelFailure(key, false, null, args);
    }

    static ChannelFailure rateLimited(Duration retryAfter) {
        return new ChannelFailure("channels.error.rateLimited", false, retryAfter);
    }

    String key() {
        return key;
    }

    Object[] args() {
        return args;
    }

    boolean isPermanent() {
        return permanent;
    }

    Duration retryAfter() {
        return retryAfter;
    }
}
