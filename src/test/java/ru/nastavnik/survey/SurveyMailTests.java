package ru.nastavnik.survey;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.nastavnik.Fixtures;
import ru.nastavnik.people.StaffData;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.survey.internal.Answering;
import ru.nastavnik.survey.internal.QuestionnaireDetails;
import ru.nastavnik.survey.internal.QuestionnaireManagement;
import ru.nastavnik.survey.internal.SurveyDistribution;

/** Invitations and reminders go out by e-mail with the personal link; nobody is reminded more than three times. */
@SpringBootTest
@AutoConfigureMockMvc
class SurveyMailTests {

    @RegisterExtension
    static GreenMailExtension mail =
            new GreenMailExtension(new ServerSetup(53025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Autowired
    Fixtures fixtures;

    @Autowired
    StaffManagement staff;

    @Autowired
    QuestionnaireManagement questionnaires;

    @Autowired
    SurveyDistribution distribution;

    @Autowired
    Answering answering;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theInvitedGetTheirPersonalLinkAndThoseWhoHaveNotAnsweredAreReminded() throws Exception {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());
        StaffData data = Fixtures.teacher("Яковлева", "Ольга", "Игоревна");
        staff.create(
                curator,
                world.schoolA(),
                new StaffData(
                        data.lastName(),
                        data.firstName(),
                        data.middleName(),
                        data.gender(),
                        data.birthDate(),
                        null,
                        data.positions(),
                        data.subjects(),
                        3,
                        3,
                        null,
                        null,
                        null,
                        "yakovleva@school.test",
                        null));
        QuestionnaireId q = questionnaires
                .create(
                        curator,
                        world.schoolA(),
                        "needs",
                        new QuestionnaireDetails(null, null, null, false, java.time.LocalDate.of(2026, 12, 20)))
                .id();
        questionnaires.open(curator, q);

        assertThat(distribution.invite(curator, q, List.of(), List.of("all-staff")))
                .isEqualTo(1);
        assertThat(mail.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage invitation = mail.getReceivedMessages()[0];
        String link = distribution.links(curator, q).get(0).url();
        assertThat(invitation.getAllRecipients()[0].toString()).isEqualTo("yakovleva@school.test");
        assertThat(invitation.getSubject()).startsWith("Анкета «Анкета педагога");
        assertThat(GreenMailUtil.getBody(invitation)).isNotBlank();
        assertThat(decoded(invitation))
                .contains(link)
                .contains("Ответить нужно до 20.12.2026.")
                .startsWith("Здравствуйте!")
                .contains("Куратор наставничества просит вас ответить на анкету «Анкета педагога");

        assertThat(distribution.remind(curator, q)).isEqualTo(1);
        assertThat(mail.waitForIncomingEmail(10_000, 2)).isTrue();
        assertThat(mail.getReceivedMessages()[1].getSubject()).startsWith("Напоминание");

        for (int expected = 3; expected <= 4; expected++) {
            ageReminders(q);
            distribution.remindDue();
            assertThat(mail.waitForIncomingEmail(10_000, expected)).isTrue();
        }
        ageReminders(q);
        distribution.remindDue();
        Thread.sleep(500);
        assertThat(mail.getReceivedMessages()).as("three reminders at most").hasSize(4);

        answering.submit(
                link.substring(link.lastIndexOf('/') + 1),
                java.util.Map.of(
                        "q1",
                        List.of("lt1"),
                        "q2",
                        List.of("ON_REQUEST"),
                        "q3",
                        List.of("parents"),
                        "q4",
                        List.of("3")));
        assertThat(distribution.remind(curator, q)).isZero();
    }

    private void ageReminders(QuestionnaireId q) {
        jdbc.update(
                "update survey_invitation set reminded_at = ? where questionnaire_id = ?",
                java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(4))),
                q.value());
    }

    private static String decoded(MimeMessage message) throws Exception {
        return message.getContent().toString();
    }
}
