package ru.nastavnik.shared.mail;

import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Letters, when the installation has a mail server ({@code spring.mail.host}). They go out after the
 * transaction commits, one by one on a background thread, so that a slow or failing mail server neither holds
 * the page nor undoes what the letters tell of; a failure is logged.
 */
@Component
public class Mailbox {

    private static final Logger log = LoggerFactory.getLogger(Mailbox.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "mailbox");
        thread.setDaemon(true);
        return thread;
    });

    private final ApplicationEventPublisher events;

    Mailbox(
            ObjectProvider<JavaMailSender> sender,
            @Value("${nastavnik.mail.from:nastavnik@localhost}") String from,
            ApplicationEventPublisher events) {
        this.sender = sender;
        this.from = from;
        this.events = events;
    }

    public boolean enabled() {
        return sender.getIfAvailable() != null;
    }

    /** Sends the letters when a server is configured; tells of each (in the sender's transaction) either way. */
    public void send(List<Mail> letters) {
        letters.forEach(
                letter -> events.publishEvent(new LetterComposed(letter.to(), letter.subject(), letter.text())));
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null || letters.isEmpty()) {
            return;
        }
        Runnable delivery = () -> executor.submit(() -> letters.forEach(letter -> deliver(mail, letter)));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    delivery.run();
                }
            });
        } else {
            delivery.run();
        }
    }

    /** The address letters come from; an invitation names it as the ORGANIZER that replies go to. */
    public String from() {
        return from;
    }

    private void deliver(JavaMailSender mail, Mail letter) {
        try {
            if (letter.attachments().isEmpty()) {
                SimpleMailMessage message = new SimpleMailMessage();
                message.setFrom(from);
                message.setTo(letter.to());
                message.setSubject(letter.subject());
                message.setText(letter.text());
                mail.send(message);
            } else {
                mail.send(withAttachments(mail, letter));
            }
        } catch (MailException | MessagingException e) {
            log.warn("Could not send a letter: {}", e.getMessage());
        }
    }

    private MimeMessage withAttachments(JavaMailSender mail, Mail letter) throws MessagingException {
        MimeMessage message = mail.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(from);
        helper.setTo(letter.to());
        helper.setSubject(letter.subject());
        helper.setText(letter.text());
        for (Mail.Attachment file : letter.attachments()) {
            helper.addAttachment(file.fileName(), new ByteArrayResource(file.content()), file.contentType());
        }
        return message;
    }

    @PreDestroy
    void stop() {
        executor.shutdown();
    }
}
