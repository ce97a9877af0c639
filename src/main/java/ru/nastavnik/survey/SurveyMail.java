package ru.nastavnik.survey;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Invitations and reminders by e-mail, when the installation has a mail server ({@code spring.mail.host}).
 * Sent after the transaction commits, one by one on a background thread, so that a slow or failing mail
 * server neither holds the curator's page nor undoes the invitations; a failure is logged.
 */
@Component
class SurveyMail {

    private static final Logger log = LoggerFactory.getLogger(SurveyMail.class);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** Letters to send once the invitations or reminders are committed. */
    record Letters(List<Letter> letters) {
    }

    record Letter(String to, String title, String link, LocalDate deadline, boolean reminder) {
    }

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "survey-mail");
        thread.setDaemon(true);
        return thread;
    });

    SurveyMail(ObjectProvider<JavaMailSender> sender, @Value("${nastavnik.mail.from:nastavnik@localhost}") String from) {
        this.sender = sender;
        this.from = from;
    }

    boolean enabled() {
        return sender.getIfAvailable() != null;
    }

    @TransactionalEventListener
    void send(Letters letters) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null || letters.letters().isEmpty()) {
            return;
        }
        executor.submit(() -> letters.letters().forEach(letter -> deliver(mail, letter)));
    }

    private void deliver(JavaMailSender mail, Letter letter) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(letter.to());
        message.setSubject((letter.reminder() ? "Напоминание: анкета «" : "Анкета «") + letter.title() + "»");
        StringBuilder text = new StringBuilder("Здравствуйте!\n\n")
                .append(letter.reminder() ? "Напоминаем, что вас ждёт анкета «" : "Куратор наставничества просит вас ответить на анкету «")
                .append(letter.title()).append("».\n");
        if (letter.deadline() != null && !letter.deadline().isBefore(LocalDate.now())) {
            text.append("Ответить нужно до ").append(DATE.format(letter.deadline())).append(".\n");
        }
        text.append("\nВаша личная ссылка (не пересылайте её другим):\n").append(letter.link())
                .append("\n\nОтветы сохраняются по мере заполнения; отправить анкету можно один раз.\n");
        message.setText(text.toString());
        try {
            mail.send(message);
        } catch (MailException e) {
            log.warn("Could not send a questionnaire letter: {}", e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdown();
    }
}
