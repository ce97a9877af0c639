package ru.nastavnik.publishing.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.publishing.internal.PublicationId;
import ru.nastavnik.publishing.internal.PublicationManagement;
import ru.nastavnik.publishing.internal.PublicationStatus;
import ru.nastavnik.shared.web.Flash;

/**
 * The API of who a news photo shows: the list with each one's consent and an ETag; the replacement only with
 * If-Match (428 without, 412 stale); publishing refused while someone on it lacks consent; on a published item a
 * person without consent cannot be tagged (422, nothing changed); every read and change audited.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PhotoPeopleApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ChannelsWorld worlds;

    @Autowired
    PublicationPhotos photos;

    @Autowired
    PublicationManagement publications;

    @Autowired
    PhotoTags tags;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aScriptTagsThePeopleOfAPhotoWithItsETagAndPublishingWaitsForTheirConsent() throws Exception {
        ChannelsWorld.World w = worlds.create(false);
        PersonId orlova = worlds.teacher(w, "Орлова");
        PersonId belova = worlds.teacher(w, "Белова");
        worlds.consent(w, orlova);
        PublicationId id = worlds.draft(w, "Семинар наставников", "<p>Семинар прошёл в актовом зале.</p>", List.of());
        PhotoView photo = photos.upload(w.curator(), id, new ByteArrayInputStream(TestImages.png(400, 300)), "a.png");
        String api = "/api/v1/organisations/" + w.school() + "/publications/" + id + "/photos";
        String people = api + "/" + photo.id() + "/people";

        mvc.perform(get(api).with(user(w.curator())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(photo.id().toString()))
                .andExpect(jsonPath("$[0].width").value(400))
                .andExpect(jsonPath("$[0].people").value(0))
                .andExpect(jsonPath("$[0].hidden").value(false));
        mvc.perform(get(people).with(user(w.curator())))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.people").isEmpty());

        String body = "{\"people\":[\"" + orlova + "\",\"" + belova + "\"]}";
        mvc.perform(put(people)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(user(w.curator())))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(put(people)
                        .header("If-Match", "\"7\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(user(w.curator())))
                .andExpect(status().isPreconditionFailed());
        assertThat(tagged(photo)).isZero();

        mvc.perform(put(people)
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(user(w.curator())))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.people[0].name").value("Белова Ольга Петровна"))
                .andExpect(jsonPath("$.people[0].consented").value(false))
                .andExpect(jsonPath("$.people[1].name").value("Орлова Ольга Петровна"))
                .andExpect(jsonPath("$.people[1].consented").value(true))
                .andExpect(jsonPath("$.version").value(1));
        // the same version again is stale now: the first writer's change is not overwritten
        mvc.perform(put(people)
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"people\":[]}")
                        .with(user(w.curator())))
                .andExpect(status().isPreconditionFailed());
        assertThat(tagged(photo)).isEqualTo(2);

        mvc.perform(post("/api/v1/organisations/" + w.school() + "/publications/" + id + "/publish")
                        .with(user(w.curator())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("Белова Ольга Петровна")));
        assertThat(publications.get(w.curator(), w.school(), id).status()).isEqualTo(PublicationStatus.DRAFT);

        mvc.perform(put(people)
                        .header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"people\":[\"" + orlova + "\"]}")
                        .with(user(w.curator())))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"2\""));
        mvc.perform(post("/api/v1/organisations/" + w.school() + "/publications/" + id + "/publish")
                        .with(user(w.curator())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PUBLISHED"));

        // published: tagging someone without consent would make the public photo unlawful — refused, nothing changed
        mvc.perform(put(people)
                        .header("If-Match", "\"2\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(user(w.curator())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("people"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("Белова Ольга Петровна")));
        mvc.perform(get(people).with(user(w.curator())))
                .andExpect(header().string("ETag", "\"2\""))
                .andExpect(jsonPath("$.people.length()").value(1))
                .andExpect(jsonPath("$.people[0].person").value(orlova.toString()));

        List<String> audited = jdbc.queryForList("""
                select action || ' ' || subject_type || ' ' || details from audit_entry
                where organisation_id = ? and (subject_type = 'PublicationPhoto' and action = 'UPDATE' or details like 'люди на фото%')
                order by id""", String.class, w.school().value());
        assertThat(audited)
                .containsExactly(
                        "UPDATE PublicationPhoto отмечены люди на фото к новости " + id + ": 2 чел.",
                        "READ Person люди на фото к новости " + id,
                        "UPDATE PublicationPhoto отмечены люди на фото к новости " + id + ": 1 чел.",
                        "READ Person люди на фото к новости " + id,
                        "READ Person люди на фото к новости " + id);
    }

    @Test
    void theTaggingPageDoesNotOverwriteATagMadeSinceItWasOpened() throws Exception {
        ChannelsWorld.World w = worlds.create(false);
        PersonId orlova = worlds.teacher(w, "Орлова");
        PersonId belova = worlds.teacher(w, "Белова");
        PublicationId id = worlds.draft(w, "Семинар", "<p>Текст</p>", List.of());
        PhotoView photo = photos.upload(w.curator(), id, new ByteArrayInputStream(TestImages.png(40, 30)), "a.png");
        String page = "/publishing/channels/publications/" + id + "/photos/" + photo.id() + "/people";
        mvc.perform(get(page).with(user(w.curator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"version\" value=\"0\"")));

        tags.tag(w.curator(), id, photo.id(), List.of(orlova), 0L);
        mvc.perform(post(page)
                        .param("people", belova.toString())
                        .param("version", "0")
                        .with(user(w.curator()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(page))
                .andExpect(result -> assertThat(((Flash) result.getFlashMap().get("flashError")).key())
                        .isEqualTo("publishingDrafts.photo.stale"));
        assertThat(photos.list(w.curator(), id).get(0).people()).containsExactly("Орлова Ольга Петровна");

        mvc.perform(post(page)
                        .param("people", belova.toString())
                        .param("version", "1")
                        .with(user(w.curator()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("flash"));
        assertThat(photos.list(w.curator(), id).get(0).people()).containsExactly("Белова Ольга Петровна");
    }

    private int tagged(PhotoView photo) {
        Integer count = jdbc.queryForObject(
                "select count(*) from publication_photo_person where photo_id = ?", Integer.class, photo.id());
        return count == null ? 0 : count;
    }
}
