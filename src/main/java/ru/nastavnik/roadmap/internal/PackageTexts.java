package ru.nastavnik.roadmap.internal;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The inspection package's wording — folders, titles in the index, file names, the consent register's headers — from
 * the message bundle ({@code roadmap.package.*}), not Java.
 */
@Component
class PackageTexts {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final MessageSource messages;

    PackageTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** Arguments are text: a number formatted by the bundle would get a group separator. */
    String text(String key, String... args) {
        return messages.getMessage(key, args, RUSSIAN);
    }
}
