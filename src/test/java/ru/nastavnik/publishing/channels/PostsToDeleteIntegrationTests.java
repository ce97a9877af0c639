package ru.nastavnik.publishing.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Listeners;
import ru.nastavnik.consent.ConsentId;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.publishing.internal.PublicationId;
import ru.nastavnik.publishing.internal.PublicationManagement;

/**
 * Issue 18, item 3: a withdrawal (or an item taken down) leaves posts in Telegram and VK that the curator must delete;
 * all of the school's such posts are in one list with their links and the reason, page and API alike, each until she
 * marks it deleted.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PostsToDeleteIntegrationTests {

    @RegisterExtension
    static final FakeChannels fake = new FakeChannels();

    @Autowired
    MockMvc mvc;

    @Autowired
    ChannelsWorld worlds;

    @Autowired
    ChannelDeliveries deliveries;

    @Autowired
    PublicationManagement publications;

    @Autowired
    Listeners listeners;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void clean() {
        deliveries.deliverDue();
        fake.reset();
    }

    @Test
    void everyPostLeftBehindByAWithdrawalOrAnUnpublishingIsListedWithItsLinkUntilMarkedDeleted() throws Exception {
        ChannelsWorld.World w = worlds.create(true);
        PersonId teacher = worlds.teacher(w, "Соколова");
        ConsentId consent = worlds.consent(w, teacher);
        PublicationId named = worlds.draft(
                w, "Выступление наставника", "<p>Выступила Соколова Ольга Петровна.</p>", List.of(teacher));
        publications.publish(w.curator(), w.school(), named);
        PublicationId takenDown = worlds.published(w, "Снятая новость");
        PublicationId untouched = worlds.published(w, "Новость без имён");
        deliveries.deliverDue();
        String page = "/publishing/channels/to-delete?organisation=" + w.school();
        String api = "/api/v1/organisations/" + w.school() + "/deliveries/to-delete";
        assertThat(read(page, w))
                .contains("Удалять нечего: все посты в каналах соответствуют опубликованным новостям.");

        publications.unpublish(w.curator(), w.school(), takenDown);
        worlds.withdraw(w, consent);
        listeners.awaitCompletion();

        String listed = read(page, w);
        assertThat(listed)
                .contains("Выступление наставника", "Снятая новость")
                .doesNotContain("Новость без имён")
                .contains("В новости скрыто имя (отозвано согласие) — удалите пост")
                .contains("Новость снята с публикации — удалите пост")
                .contains("https://t.me/school_channel/777", "https://vk.com/wall-123456_55");
        mvc.perform(get(api).with(user(w.curator())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(4))
                .andExpect(jsonPath("$[?(@.publication == '" + named + "')].reason")
                        .value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("NAME_HIDDEN"))))
                .andExpect(jsonPath("$[?(@.publication == '" + takenDown + "')].kind")
                        .value(org.hamcrest.Matchers.containsInAnyOrder("TELEGRAM", "VK")));

        String telegram = jdbc.queryForObject(
                "select id::text from publishing_outbox where publication_id = ? and kind = 'TELEGRAM'",
                String.class,
                named.value());
        mvc.perform(post("/publishing/channels/publications/" + named + "/deliveries/" + telegram + "/mark-deleted")
                        .with(user(w.curator()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(api).with(user(w.curator())))
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[?(@.delivery == '" + telegram + "')]").isEmpty());
        assertThat(jdbc.queryForObject(
                        "select status from publishing_outbox where id = ?::uuid", String.class, telegram))
                .isEqualTo("REMOVED");
        assertThat(jdbc.queryForObject(
                        "select count(*) from publishing_outbox where publication_id = ? and stale is null and status = 'SENT'",
                        Integer.class,
                        untouched.value()))
                .isEqualTo(2);
    }

    private String read(String url, ChannelsWorld.World w) throws Exception {
        return mvc.perform(get(url).with(user(w.curator())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
