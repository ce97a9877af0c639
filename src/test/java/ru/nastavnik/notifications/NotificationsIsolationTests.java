package ru.nastavnik.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import ru.nastavnik.Fixtures;
import ru.nastavnik.programme.CompletedProgrammes;
import ru.nastavnik.shared.PublicBaseUrl;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.mail.Mail;
import ru.nastavnik.shared.mail.Mailbox;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * A letter the system writes is kept among the notifications of the accounts behind its address — a teacher's through
 * her staff record, a curator's through her own account — with its link; each reads and opens only her own.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NotificationsIsolationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    CompletedProgrammes programmes;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Mailbox mailbox;

    @Autowired
    PublicBaseUrl base;

    @Autowired
    TransactionTemplate tx;

    @Test
    void aCommentReachesTheOtherMembersNotificationsWithItsLinkAndOpeningItMarksItRead() throws Exception {
        CompletedProgrammes.Completed p = programmes.inProgress();
        String mentorAddress = "mentor-" + UUID.randomUUID() + "@school.test";
        jdbc.update("""
                update person set email = ? where id in (select mm.person_id from mentorship_member mm
                    join programme pr on pr.mentorship_id = mm.mentorship_id where pr.id = ? and mm.role = 'MENTOR')""", mentorAddress, UUID.fromString(p.programme()));
        mvc.perform(post("/mentorship/programmes/" + p.programme() + "/comments")
                        .param("text", "Можно перенести встречу на четверг?")
                        .with(user(p.mentee()))
                        .with(csrf()))
                .andExpect(flash().attributeExists("flash"));

        UUID notice = jdbc.queryForObject(
                "select id from notification where user_id = ?",
                UUID.class,
                p.mentor().id().value());
        mvc.perform(get("/notifications").with(user(p.mentor())))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.allOf(
                                org.hamcrest.Matchers.containsString("Новый комментарий к программе наставничества"),
                                org.hamcrest.Matchers.containsString("id=\"notifications-unread\""),
                                org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Здравствуйте")))));
        mvc.perform(get("/api/v1/me/notifications/unread").with(user(p.mentor())))
                .andExpect(jsonPath("$.unread").value(1));
        // the one who wrote it is not told of her own comment
        mvc.perform(get("/api/v1/me/notifications").with(user(p.mentee())))
                .andExpect(jsonPath("$.length()").value(0));
        // another's notice does not exist for her
        mvc.perform(post("/notifications/{id}/open", notice)
                        .with(user(p.mentee()))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/me/notifications/{id}/read", notice)
                        .with(user(p.curator()))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/me/notifications/unread").with(user(p.mentor())))
                .andExpect(jsonPath("$.unread").value(1));

        mvc.perform(post("/notifications/{id}/open", notice)
                        .with(user(p.mentor()))
                        .with(csrf()))
                .andExpect(redirectedUrl("/mentorship/programmes/" + p.programme()));
        mvc.perform(get("/api/v1/me/notifications").with(user(p.mentor())))
                .andExpect(jsonPath("$[0].read").value(true))
                .andExpect(jsonPath("$[0].link").value("/mentorship/programmes/" + p.programme()));
    }

    @Test
    void aLetterToAnAccountsOwnAddressIsHersWithoutAMailServerAndALinkElsewhereIsNoLink() throws Exception {
        NastavnikPrincipal curator =
                fixtures.user(Role.CURATOR, fixtures.world().schoolA());
        NastavnikPrincipal director =
                fixtures.user(Role.DIRECTOR, fixtures.world().schoolA());
        String address = "Curator-" + UUID.randomUUID() + "@School.test";
        jdbc.update(
                "update app_user set email = ? where id = ?",
                address,
                curator.id().value());
        tx.executeWithoutResult(s -> mailbox.send(List.of(
                new Mail(
                        address.toLowerCase(),
                        "Напоминание: мониторинг «Итоги»",
                        "Здравствуйте!\n\nСрок сдачи — 01.06.2027.\n\nОткрыть отчёт: "
                                + base.of("/monitoring/campaigns") + "\n"),
                new Mail(address, "Письмо со ссылкой наружу", "Подробнее: https://example.org/x\n"))));

        mvc.perform(get("/api/v1/me/notifications").with(user(curator)))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[?(@.subject == 'Напоминание: мониторинг «Итоги»')].link")
                        .value("/monitoring/campaigns"))
                .andExpect(jsonPath("$[?(@.subject == 'Письмо со ссылкой наружу')].link")
                        .value(org.hamcrest.Matchers.contains((Object) null)));
        mvc.perform(get("/api/v1/me/notifications").with(user(director)))
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(post("/notifications/read").with(user(curator)).with(csrf()))
                .andExpect(redirectedUrl("/notifications"));
        mvc.perform(get("/api/v1/me/notifications/unread").with(user(curator)))
                .andExpect(jsonPath("$.unread").value(0));
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification where user_id = ? and read_at is null",
                        Long.class,
                        curator.id().value()))
                .isZero();
    }
}
