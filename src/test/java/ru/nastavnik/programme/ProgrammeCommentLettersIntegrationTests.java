package ru.nastavnik.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** A comment on a programme reaches the pair's other member by letter: a mentee's question waited for a visit. */
@SpringBootTest
@AutoConfigureMockMvc
class ProgrammeCommentLettersIntegrationTests {

    @RegisterExtension
    static GreenMailExtension mail =
            new GreenMailExtension(new ServerSetup(53025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Autowired
    MockMvc mvc;

    @Autowired
    CompletedProgrammes programmes;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCommentIsToldToThePairsOtherMemberByALetterWithTheLinkNotTheText() throws Exception {
        CompletedProgrammes.Completed p = programmes.inProgress();
        for (String role : new String[] {"MENTOR", "MENTEE"}) {
            jdbc.update("""
                    update person set email = ? where id in (select mm.person_id from mentorship_member mm
                        join programme pr on pr.mentorship_id = mm.mentorship_id where pr.id = ? and mm.role = ?)""", role.toLowerCase() + "@school.test", UUID.fromString(p.programme()), role);
        }
        mvc.perform(post("/mentorship/programmes/" + p.programme() + "/comments")
                        .param("text", "Можно перенести встречу на четверг?")
                        .with(user(p.mentee()))
                        .with(csrf()))
                .andExpect(flash().attributeExists("flash"));

        assertThat(mail.waitForIncomingEmail(10_000, 1)).isTrue();
        Thread.sleep(500);
        MimeMessage[] letters = mail.getReceivedMessages();
        assertThat(letters)
                .as("to the mentor only, not to the mentee who wrote it")
                .hasSize(1);
        assertThat(letters[0].getAllRecipients()[0].toString()).isEqualTo("mentor@school.test");
        assertThat(letters[0].getSubject()).isEqualTo("Новый комментарий к программе наставничества");
        String body = letters[0].getContent().toString();
        assertThat(body).contains("/mentorship/programmes/" + p.programme());
        assertThat(body).doesNotContain("четверг");
    }
}
