package ru.nastavnik.publishing.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import ru.nastavnik.Fixtures;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.publishing.internal.PublicationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Who-is-in-the-photo pages with another school's (or territory's) ids, and as the school's own mentor: 404, the
 * staff list not shown and the photo's people unchanged; another school's curator cannot tag her own staff onto it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PublishingDraftsIsolationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ChannelsWorld worlds;

    @Autowired
    PublicationPhotos photos;

    @Autowired
    PhotoTags tags;

    @Autowired
    Fixtures fixtures;

    @Test
    void strangersNeitherSeeNorChangeWhoIsInASchoolsPhoto() throws Exception {
        ChannelsWorld.World w = worlds.create(false);
        PersonId orlova = worlds.teacher(w, "Орлова");
        PublicationId id = worlds.draft(w, "Черновик", "<p>Текст</p>", List.of());
        PhotoView photo = photos.upload(w.curator(), id, new ByteArrayInputStream(TestImages.png(40, 30)), "a.png");
        tags.tag(w.curator(), id, photo.id(), List.of(orlova));
        String url = "/publishing/channels/publications/" + id + "/photos/" + photo.id() + "/people";

        NastavnikPrincipal mentor = fixtures.user(Role.MENTOR, w.school());
        NastavnikPrincipal otherTerritory =
                fixtures.user(Role.MUNICIPAL_METHODOLOGIST, fixtures.world().municipality());
        for (NastavnikPrincipal stranger : List.of(w.otherCurator(), mentor, otherTerritory)) {
            List<AbstractMockHttpServletRequestBuilder<?>> requests = List.of(
                    get(url),
                    post(url).with(csrf()),
                    post(url).param("people", orlova.toString()).with(csrf()));
            for (AbstractMockHttpServletRequestBuilder<?> request : requests) {
                mvc.perform(request.with(user(stranger))).andExpect(status().isNotFound());
            }
        }
        // the school's own curator with somebody not on her staff: 404, nothing changed
        PersonId theirs = new PersonId(java.util.UUID.randomUUID());
        mvc.perform(post(url)
                        .param("people", theirs.toString())
                        .with(user(w.curator()))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(photos.list(w.curator(), id))
                .singleElement()
                .satisfies(p -> assertThat(p.people()).containsExactly("Орлова Ольга Петровна"));
    }
}
