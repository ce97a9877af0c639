package ru.nastavnik.publishing.channels;

import java.util.regex.Pattern;
import ru.nastavnik.shared.InvalidInputException;

/**
 * The social channels a school keeps (госпаблики): a Telegram channel posted to by the school's bot, a VK community
 * posted to with its administrator's token. Each knows the shape of its address and token, so that a mistyped one
 * is refused when saved rather than found out by a failed post.
 */
public enum ChannelKind {
    /** chat: {@code @channelname} or the numeric id ({@code -100…}); token: {@code 123456:ABC…} as BotFather gives it. */
    TELEGRAM(
            Pattern.compile("@[A-Za-z][A-Za-z0-9_]{4,31}|-?[0-9]{5,20}"),
            Pattern.compile("[0-9]{5,12}:[A-Za-z0-9_-]{30,50}")),
    /** community: its numeric id; token: an access token (the older 85 characters or the newer {@code vk1.a.…}). */
    VK(Pattern.compile("[1-9][0-9]{0,11}"), Pattern.compile("[A-Za-z0-9._-]{40,400}"));

    private final Pattern target;
    private final Pattern token;

    ChannelKind(Pattern target, Pattern token) {
        this.target = target;
        this.token = token;
    }

    public String messageKey() {
        return "channels.kind." + name();
    }

    String checkTarget(String value) {
        String trimmed = value == null ? "" : value.strip();
        if (!target.matcher(trimmed).matches()) {
            throw InvalidInputException.of("target", "channels.target.invalid." + name());
        }
        return trimmed;
    }

    String checkToken(String value) {
        String trimmed = value == null ? "" : value.strip();
        if (!token.matcher(trimmed).matches()) {
            throw InvalidInputException.of("token", "channels.token.invalid." + name());
        }
        return trimmed;
    }
}
