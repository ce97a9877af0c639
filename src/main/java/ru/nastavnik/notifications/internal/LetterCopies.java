package ru.nastavnik.notifications.internal;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ru.nastavnik.organisation.UserManagement;
import ru.nastavnik.people.StaffAccounts;
import ru.nastavnik.shared.PublicBaseUrl;
import ru.nastavnik.shared.UserId;
import ru.nastavnik.shared.mail.LetterComposed;
import ru.nastavnik.shared.mail.MailTexts;

/**
 * Keeps a copy of each letter for the accounts behind its address: an account whose own address it is, and an account
 * linked to a current staff record with it. The link in the letter to a page of the system becomes the notice's link.
 */
@Component
class LetterCopies {

    private static final Pattern URL = Pattern.compile("https?://\\S+");

    private final NotificationRepository notices;
    private final UserManagement users;
    private final StaffAccounts staff;
    private final PublicBaseUrl base;
    private final MailTexts texts;
    private final Clock clock;

    LetterCopies(
            NotificationRepository notices,
            UserManagement users,
            StaffAccounts staff,
            PublicBaseUrl base,
            MailTexts texts,
            Clock clock) {
        this.notices = notices;
        this.users = users;
        this.staff = staff;
        this.base = base;
        this.texts = texts;
        this.clock = clock;
    }

    // synchronous, in the transaction that wrote the letter: the notice is kept with the change it tells of (a comment
    // saved, a reminder recorded) and never without it, and needs no mail server nor the event publication registry
    @EventListener
    void on(LetterComposed letter) {
        if (letter.to() == null || letter.to().isBlank()) {
            return;
        }
        Set<UserId> accounts = new LinkedHashSet<>(users.enabledWithEmail(letter.to()));
        accounts.addAll(staff.accountsWithEmail(letter.to()));
        if (accounts.isEmpty()) {
            return;
        }
        String body = body(letter.text());
        String link = link(letter.text());
        for (UserId account : accounts) {
            notices.save(new Notification(account.value(), cut(letter.subject(), 300), body, link, clock.instant()));
        }
    }

    /** The letter without its greeting, which a notice does not need. */
    private String body(String text) {
        String greeting = texts.get("mail.greeting");
        String body = text.startsWith(greeting) ? text.substring(greeting.length()) : text;
        return body.strip();
    }

    /** The first link to a page of this system, as a path on it; null when the letter has none. */
    String link(String text) {
        String root = base.of("/");
        Matcher m = URL.matcher(text);
        while (m.find()) {
            String url = m.group();
            if (url.startsWith(root)) {
                String path = "/" + url.substring(root.length());
                // a path on this system only: «//host» would lead elsewhere
                return path.length() > 1000 || path.startsWith("//") ? null : path;
            }
        }
        return null;
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
