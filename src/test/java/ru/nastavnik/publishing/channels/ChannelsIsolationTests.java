package ru.nastavnik.publishing.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import ru.nastavnik.Fixtures;
import ru.nastavnik.publishing.internal.PublicationDraft;
import ru.nastavnik.publishing.internal.PublicationId;
import ru.nastavnik.publishing.internal.PublicationManagement;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Every channels and photos URL with another school's (or territory's) ids, and as the school's own mentor: 404,
 * nothing changed — settings, tokens, outbox rows and photos stay as they were. A draft's photo is not public.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ChannelsIsolationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ChannelsWorld worlds;

    @Autowired
    ChannelSettings settings;

    @Autowired
    PublicationPhotos photos;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PublicationManagement publications;

    @Test
    void strangersReachNoneOfASchoolsChannelsDeliveriesOrPhotos() throws Exception {
        ChannelsWorld.World w = worlds.create(true);
        PublicationId id = worlds.published(w, "Новость школы А");
        PhotoView photo = photos.upload(w.curator(), id, new ByteArrayInputStream(TestImages.png(40, 30)), "a.png");
        PublicationId draft = worlds.draft(w, "Черновик", "<p>Текст</p>", List.of());
        PhotoView draftPhoto =
                photos.upload(w.curator(), draft, new ByteArrayInputStream(TestImages.png(40, 30)), "b.png");
        String delivery = jdbc.queryForObject(
                "select id::text from publishing_outbox where publication_id = ? and kind = 'TELEGRAM'",
                String.class,
                id.value());
        List<Map<String, Object>> channelsBefore = channels(w);
        List<Map<String, Object>> outboxBefore = outbox(id);

        String school = w.school().toString();
        String base = "/publishing/channels/publications/" + id;
        NastavnikPrincipal mentor = fixtures.user(Role.MENTOR, w.school());
        NastavnikPrincipal otherTerritory =
                fixtures.user(Role.MUNICIPAL_METHODOLOGIST, fixtures.world().municipality());
        for (NastavnikPrincipal stranger : List.of(w.otherCurator(), mentor, otherTerritory)) {
            List<AbstractMockHttpServletRequestBuilder<?>> requests = List.of(
                    get("/publishing/channels").param("organisation", school),
                    post("/publishing/channels/telegram")
                            .param("organisation", school)
                            .param("target", "@stolen_channel")
                            .param("token", ChannelsWorld.BOT_TOKEN)
                            .param("enabled", "true")
                            .with(csrf()),
                    post("/publishing/channels/vk/remove")
                            .param("organisation", school)
                            .with(csrf()),
                    get(base),
                    multipart(base + "/photos")
                            .file(new MockMultipartFile("file", "x.png", "image/png", TestImages.png(10, 10)))
                            .with(csrf()),
                    post(base + "/photos/" + photo.id() + "/delete").with(csrf()),
                    post(base + "/deliveries/" + delivery + "/retry").with(csrf()),
                    post(base + "/deliveries/" + delivery + "/delete").with(csrf()),
                    post(base + "/deliveries/" + delivery + "/mark-deleted").with(csrf()));
            for (AbstractMockHttpServletRequestBuilder<?> request : requests) {
                mvc.perform(request.with(user(stranger))).andExpect(status().isNotFound());
            }
        }
        // another school's curator with her own item's URL but this school's delivery id
        PublicationId hers = publications
                .create(w.otherCurator(), w.orgs().schoolB(), new PublicationDraft("Её новость", "<p>x</p>", List.of()))
                .publication()
                .id();
        mvc.perform(post("/publishing/channels/publications/" + hers + "/deliveries/" + delivery + "/mark-deleted")
                        .with(user(w.otherCurator()))
                        .with(csrf()))
                .andExpect(status().isNotFound());

        assertThat(channels(w)).isEqualTo(channelsBefore);
        assertThat(outbox(id)).isEqualTo(outboxBefore);
        assertThat(photos.list(w.curator(), id)).containsExactly(photo);
        mvc.perform(get("/o/" + w.slug() + "/nastavnichestvo/news/" + draft + "/photos/" + draftPhoto.id()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/o/" + w.slug() + "/nastavnichestvo/news/" + id + "/photos/" + draftPhoto.id()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/o/" + w.slug() + "/nastavnichestvo/news/" + id + "/photos/" + photo.id()))
                .andExpect(status().isOk());
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
