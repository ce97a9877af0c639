package ru.nastavnik.shared.mail;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The wording of the letters, from the message bundle {@code i18n/mail.properties}, so that a letter's text is
 * edited where every other text of the interface is. Arguments are strings: a number formatted by
 * {@code MessageFormat} would gain a thousands separator.
 */
@Component
public class MailTexts {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final MessageSource messages;

    MailTexts(MessageSource messages) {
        this.messages = messages;
    }

    public String get(String key, String... args) {
        return messages.getMessage(key, args, RUSSIAN);
    }

    /** «Здравствуйте!» and a blank line, then the lines of the given keys, each key with its own arguments. */
    public String letter(String... lines) {
        StringBuilder text = new StringBuilder(get("mail.greeting"));
        for (String line : lines) {
            text.append(line);
        }
        return text.toString();
    }
}
