package ru.nastavnik.shared.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;

/**
 * One page's messages for a view model that works out its cells' texts in Java rather than with {@code #{…}} in every
 * row (issue 20: a table of fifty rows looked the same few keys up fifty times each). A key without arguments is
 * looked up once a page; one with arguments is formatted each time, as {@code #{key(…)}} formats it. One request's
 * object, not shared between threads.
 */
public final class PageTexts {

    private final MessageSource messages;
    private final Locale locale;
    private final Map<String, String> plain = new HashMap<>();

    public PageTexts(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    public String text(String key) {
        return plain.computeIfAbsent(key, k -> messages.getMessage(k, null, locale));
    }

    public String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
