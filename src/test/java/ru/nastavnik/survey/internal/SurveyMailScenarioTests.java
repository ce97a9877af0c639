package ru.nastavnik.survey.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionOperations;
import ru.nastavnik.SchoolToday;

/**
 * The survey's letters as its distribution publishes them: invitations and reminders in, the mail sent once their
 * transaction commits — each to its own address with its personal link — and none for a transaction rolled back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EnableScenarios
class SurveyMailScenarioTests {

    @RegisterExtension
    static GreenMailExtension mail =
            new GreenMailExtension(new ServerSetup(53025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Test
    void anInvitationNamesItsDeadlineAndAReminderAfterTheDeadlineDoesNot(Scenario scenario) {
        LocalDate deadline = SchoolToday.date().plusDays(10);
        SurveyMail.Letters letters = new SurveyMail.Letters(List.of(
                new SurveyMail.Letter(
                        "ivanova@survey-mail.test",
                        "Анкета педагога",
                        "https://nastavnik.test/s/first",
                        deadline,
                        false),
                new SurveyMail.Letter(
                        "petrova@survey-mail.test",
                        "Анкета наставника",
                        "https://nastavnik.test/s/second",
                        // past in every zone (the letter names no school)
                        SchoolToday.date().minusDays(2),
                        true)));

        scenario.publish(letters)
                .andWaitForStateChange(SurveyMailScenarioTests::received, received -> received.length == 2)
                .andVerify(received -> {
                    MimeMessage invitation = to(received, "ivanova@survey-mail.test");
                    assertThat(subject(invitation)).isEqualTo("Анкета «Анкета педагога»");
                    assertThat(text(invitation))
                            .startsWith("Здравствуйте!")
                            .contains("Куратор наставничества просит вас ответить на анкету «Анкета педагога».")
                            .contains("Ответить нужно до "
                                    + DateTimeFormatter.ofPattern("dd.MM.yyyy").format(deadline) + ".")
                            .contains("https://nastavnik.test/s/first")
                            .doesNotContain("https://nastavnik.test/s/second");
                    MimeMessage reminder = to(received, "petrova@survey-mail.test");
                    assertThat(subject(reminder)).isEqualTo("Напоминание: анкета «Анкета наставника»");
                    assertThat(text(reminder))
                            .contains("Напоминаем, что вас ждёт анкета «Анкета наставника».")
                            .contains("https://nastavnik.test/s/second")
                            .doesNotContain("Ответить нужно до");
                });
    }

    /**
     * Letters of a transaction that rolled back tell of invitations that do not exist: none is sent. The letter
     * committed after them goes out alone (one sending thread, in order: had the first been queued, it came first).
     */
    @Test
    void lettersOfARolledBackTransactionAreNeverSent(Scenario scenario) {
        SurveyMail.Letters gone = new SurveyMail.Letters(List.of(new SurveyMail.Letter(
                "rolled-back@survey-mail.test", "Анкета педагога", "https://nastavnik.test/s/gone", null, false)));
        scenario.stimulate((TransactionOperations transactions, ApplicationEventPublisher events) ->
                        transactions.executeWithoutResult(status -> {
                            events.publishEvent(gone);
                            status.setRollbackOnly();
                        }))
                .andWaitForStateChange(() -> Boolean.TRUE, done -> done)
                .andVerify(done -> assertThat(received()).isEmpty());

        scenario.publish(new SurveyMail.Letters(List.of(new SurveyMail.Letter(
                        "committed@survey-mail.test",
                        "Анкета педагога",
                        "https://nastavnik.test/s/kept",
                        null,
                        false))))
                .andWaitForStateChange(SurveyMailScenarioTests::received, received -> received.length > 0)
                .andVerify(received -> assertThat(Arrays.stream(received).map(SurveyMailScenarioTests::recipient))
                        .containsExactly("committed@survey-mail.test"));
    }

    /** Only this test's letters: a letter of another test class still on its way is not counted. */
    private static MimeMessage[] received() {
        return Arrays.stream(mail.getReceivedMessages())
                .filter(m -> recipient(m).endsWith("@survey-mail.test"))
                .toArray(MimeMessage[]::new);
    }

    private static MimeMessage to(MimeMessage[] received, String address) {
        return Arrays.stream(received)
                .filter(m -> recipient(m).equals(address))
                .findFirst()
                .orElseThrow();
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
