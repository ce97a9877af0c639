package ru.nastavnik.publishing.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import ru.nastavnik.Fixtures;
import ru.nastavnik.publishing.internal.PublicationDraft;
import ru.nastavnik.publishing.internal.PublicationId;
import ru.nastavnik.publishing.internal.PublicationManagement;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Every channels URL of the API with another school's (or territory's) ids, and as the school's own mentor: 404,
 * nothing changed — settings, tokens and outbox rows stay as they were; anonymous: no answer with data.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ChannelsApiIsolationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ChannelsWorld worlds;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PublicationManagement publications;

    @Test
    void strangersReachNoneOfASchoolsChannelsOrDeliveriesThroughTheApi() throws Exception {
        ChannelsWorld.World w = worlds.create(true);
        PublicationId id = worlds.published(w, "Новость школы А");
        String delivery = jdbc.queryForObject(
                "select id::text from publishing_outbox where publication_id = ? and kind = 'TELEGRAM'",
                String.class,
                id.value());
        List<Map<String, Object>> channelsBefore = channels(w);
        List<Map<String, Object>> outboxBefore = outbox(id);

        String api = "/api/v1/organisations/" + w.school();
        String deliveries = api + "/publications/" + id + "/deliveries";
        NastavnikPrincipal mentor = fixtures.user(Role.MENTOR, w.school());
        NastavnikPrincipal otherTerritory =
                fixtures.user(Role.MUNICIPAL_METHODOLOGIST, fixtures.world().municipality());
        for (NastavnikPrincipal stranger : List.of(w.otherCurator(), mentor, otherTerritory)) {
            List<AbstractMockHttpServletRequestBuilder<?>> requests = List.of(
                    get(api + "/channels"),
                    put(api + "/channels/telegram")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"enabled\":true,\"target\":\"@stolen_channel\",\"token\":\""
                                    + ChannelsWorld.BOT_TOKEN + "\"}"),
                    delete(api + "/channels/vk"),
                    get(deliveries),
                    post(deliveries + "/" + delivery + "/retry"),
                    post(deliveries + "/" + delivery + "/delete-post"),
                    post(deliveries + "/" + delivery + "/mark-deleted"));
            for (AbstractMockHttpServletRequestBuilder<?> request : requests) {
                mvc.perform(request.with(user(stranger))).andExpect(status().isNotFound());
            }
        }
        // another school's curator under her own organisation, her own item, this school's delivery id
        PublicationId hers = publications
                .create(w.otherCurator(), w.orgs().schoolB(), new PublicationDraft("Её новость", "<p>x</p>", List.of()))
                .publication()
                .id();
        String herApi =
                "/api/v1/organisations/" + w.orgs().schoolB() + "/publications/" + hers + "/deliveries/" + delivery;
        mvc.perform(post(herApi + "/mark-deleted").with(user(w.otherCurator()))).andExpect(status().isNotFound());
        mvc.perform(post(herApi + "/retry").with(user(w.otherCurator()))).andExpect(status().isNotFound());
        // her organisation in the path, this school's item
        mvc.perform(get("/api/v1/organisations/" + w.orgs().schoolB() + "/publications/" + id + "/deliveries")
                        .with(user(w.otherCurator())))
                .andExpect(status().isNotFound());
        mvc.perform(get(api + "/channels"))
                .andExpect(
                        result -> assertThat(result.getResponse().getStatus()).isIn(401, 302, 403));

        assertThat(channels(w)).isEqualTo(channelsBefore);
        assertThat(outbox(id)).isEqualTo(outboxBefore);
    }

    private List<Map<String, Object>> channels(ChannelsWorld.World w) {
        return jdbc.queryForList(
                "select kind, enabled, target, encode(secret, 'hex') as secret, updated_at from publishing_channel where organisation_id = ? order by kind",
                w.school().value());
    }

    private List<Map<String, Object>> outbox(PublicationId id) {
        return jdbc.queryForList(
                "select id, status, attempts, updated_at from publishing_outbox where publication_id = ? order by kind",
                id.value());
    }
}
