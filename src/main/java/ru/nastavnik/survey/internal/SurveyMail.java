package ru.nastavnik.survey.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ru.nastavnik.shared.mail.Mail;
import ru.nastavnik.shared.mail.MailTexts;
import ru.nastavnik.shared.mail.Mailbox;

/** Invitations and reminders by e-mail, written here and sent by the {@link Mailbox} after the commit. */
@Component
class SurveyMail {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** Letters to send once the invitations or reminders are committed. */
    record Letters(List<Letter> letters) {}

    record Letter(String to, String title, String link, LocalDate deadline, boolean reminder) {}

    private final Mailbox mailbox;
    private final MailTexts texts;
    private final Clock clock;

    SurveyMail(Mailbox mailbox, MailTexts texts, Clock clock) {
        this.mailbox = mailbox;
        this.texts = texts;
        this.clock = clock;
    }

    boolean enabled() {
        return mailbox.enabled();
    }

    // Synchronous and inside the module: the letters carry personal links and are not worth storing in the event
    // registry; a letter that fails is sent again by the reminders.
    @EventListener
    void send(Letters letters) {
        mailbox.send(letters.letters().stream().map(this::compose).toList());
    }

    private Mail compose(Letter letter) {
        String subject =
                texts.get(letter.reminder() ? "mail.survey.subject.reminder" : "mail.survey.subject", letter.title());
        // the sender (Distribution) leaves out a deadline already past by the school's own date; this is the net for
        // any other letter: before the UTC date, a deadline is past in every Russian zone
        boolean due = letter.deadline() != null
                && !letter.deadline().isBefore(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        String text = texts.letter(
                texts.get(letter.reminder() ? "mail.survey.remind" : "mail.survey.invite", letter.title()),
                due ? texts.get("mail.survey.deadline", DATE.format(letter.deadline())) : "",
                texts.get("mail.survey.link", letter.link()));
        return new Mail(letter.to(), subject, text);
    }
}
