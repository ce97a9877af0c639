package ru.nastavnik.survey;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import ru.nastavnik.shared.mail.Mail;
import ru.nastavnik.shared.mail.Mailbox;

/** Invitations and reminders by e-mail, written here and sent by the {@link Mailbox} after the commit. */
@Component
class SurveyMail {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** Letters to send once the invitations or reminders are committed. */
    record Letters(List<Letter> letters) {
    }

    record Letter(String to, String title, String link, LocalDate deadline, boolean reminder) {
    }

    private final Mailbox mailbox;

    SurveyMail(Mailbox mailbox) {
        this.mailbox = mailbox;
    }

    boolean enabled() {
        return mailbox.enabled();
    }

    // Synchronous and inside the module: the letters carry personal links and are not worth storing in the event
    // registry; a letter that fails is sent again by the reminders.
    @EventListener
    void send(Letters letters) {
        mailbox.send(letters.letters().stream().map(SurveyMail::compose).toList());
    }

    private static Mail compose(Letter letter) {
        String subject = (letter.reminder() ? "Напоминание: анкета «" : "Анкета «") + letter.title() + "»";
        StringBuilder text = new StringBuilder("Здравствуйте!\n\n")
                .append(letter.reminder() ? "Напоминаем, что вас ждёт анкета «" : "Куратор наставничества просит вас ответить на анкету «")
                .append(letter.title()).append("».\n");
        if (letter.deadline() != null && !letter.deadline().isBefore(LocalDate.now())) {
            text.append("Ответить нужно до ").append(DATE.format(letter.deadline())).append(".\n");
        }
        text.append("\nВаша личная ссылка (не пересылайте её другим):\n").append(letter.link())
                .append("\n\nОтветы сохраняются по мере заполнения; отправить анкету можно один раз.\n");
        return new Mail(letter.to(), subject, text.toString());
    }
}
