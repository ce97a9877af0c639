package ru.nastavnik.publishing.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import ru.nastavnik.Fixtures;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.publishing.internal.PublicationDraft;
import ru.nastavnik.publishing.internal.PublicationId;
import ru.nastavnik.publishing.internal.PublicationManagement;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The photo-people API with another school's (or territory's) ids, as the school's own mentor, through another
 * organisation's path, with another item's photo or another school's person: 404, and the tags and their version
 * stay as they were; anonymous: no data.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PhotoPeopleApiIsolationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ChannelsWorld worlds;

    @Autowired
    PublicationPhotos photos;

    @Autowired
    PhotoTags tags;

    @Autowired
    PublicationManagement publications;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void strangersNeitherReadNorTagTheSchoolsPhotosThroughTheApi() throws Exception {
        ChannelsWorld.World w = worlds.create(false);
        PersonId orlova = worlds.teacher(w, "Орлова");
        PublicationId id = worlds.draft(w, "Черновик", "<p>Текст</p>", List.of());
        PhotoView photo = photos.upload(w.curator(), id, new ByteArrayInputStream(TestImages.png(40, 30)), "a.png");
        tags.tag(w.curator(), id, photo.id(), List.of(orlova));
        List<Map<String, Object>> before = tagsOf(photo.id());

        String api = "/api/v1/organisations/" + w.school() + "/publications/" + id + "/photos";
        String people = api + "/" + photo.id() + "/people";
        NastavnikPrincipal mentor = fixtures.user(Role.MENTOR, w.school());
        NastavnikPrincipal otherTerritory =
                fixtures.user(Role.MUNICIPAL_METHODOLOGIST, fixtures.world().municipality());
        for (NastavnikPrincipal stranger : List.of(w.otherCurator(), mentor, otherTerritory)) {
            List<AbstractMockHttpServletRequestBuilder<?>> requests = List.of(
                    get(api),
                    get(people),
                    put(people)
                            .header("If-Match", "\"1\"")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"people\":[]}"));
            for (AbstractMockHttpServletRequestBuilder<?> request : requests) {
                mvc.perform(request.with(user(stranger))).andExpect(status().isNotFound());
            }
        }

        // another school's curator: her organisation in the path with this item; her own item with this photo
        String herOrg = "/api/v1/organisations/" + w.orgs().schoolB() + "/publications/";
        mvc.perform(get(herOrg + id + "/photos/" + photo.id() + "/people").with(user(w.otherCurator())))
                .andExpect(status().isNotFound());
        PublicationId hers = publications
                .create(w.otherCurator(), w.orgs().schoolB(), new PublicationDraft("Её новость", "<p>x</p>", List.of()))
                .publication()
                .id();
        mvc.perform(put(herOrg + hers + "/photos/" + photo.id() + "/people")
                        .header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"people\":[]}")
                        .with(user(w.otherCurator())))
                .andExpect(status().isNotFound());
        // this school's curator: its own organisation in the path, but the other school's item; a stranger's person
        mvc.perform(get("/api/v1/organisations/" + w.school() + "/publications/" + hers + "/photos")
                        .with(user(w.curator())))
                .andExpect(status().isNotFound());
        PersonId theirs = worlds.teacherOf(w.otherCurator(), w.orgs().schoolB(), "Чужая");
        mvc.perform(put(people)
                        .header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"people\":[\"" + theirs + "\",\"" + UUID.randomUUID() + "\"]}")
                        .with(user(w.curator())))
                .andExpect(status().isNotFound());
        mvc.perform(get(people))
                .andExpect(
                        result -> assertThat(result.getResponse().getStatus()).isIn(401, 302, 403));

        assertThat(tagsOf(photo.id())).isEqualTo(before);
    }

    private List<Map<String, Object>> tagsOf(UUID photo) {
        return jdbc.queryForList("""
                select pp.person_id, pp.shown_name, f.people_version from publication_photo f
                left join publication_photo_person pp on pp.photo_id = f.id where f.id = ? order by pp.person_id""", photo);
    }
}
