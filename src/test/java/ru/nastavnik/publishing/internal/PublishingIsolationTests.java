package ru.nastavnik.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import ru.nastavnik.Fixtures;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Every publishing URL with another school's (or territory's) ids: 404, nothing changed. A school's mentor and the
 * anonymous public see no draft; the API reads and writes the school's own news with ETag/If-Match.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PublishingIsolationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    PublishingWorld worlds;

    @Autowired
    PublicationManagement publications;

    @Autowired
    Fixtures fixtures;

    @Test
    void anotherSchoolsCuratorAndTheSchoolsMentorReachNoneOfItsNews() throws Exception {
        PublishingWorld.World w = worlds.create();
        PublicationView draft = publications
                .create(w.curator(), w.school(), new PublicationDraft("Черновик школы А", "<p>Текст</p>", List.of()))
                .publication();
        String api = "/api/v1/organisations/" + w.school() + "/publications";
        NastavnikPrincipal mentor = fixtures.user(Role.MENTOR, w.school());
        NastavnikPrincipal otherTerritory =
                fixtures.user(Role.MUNICIPAL_METHODOLOGIST, fixtures.world().municipality());
        for (NastavnikPrincipal stranger : List.of(w.otherCurator(), mentor, otherTerritory)) {
            List<MockHttpServletRequestBuilder> requests = List.of(
                    get("/publishing/publications/" + draft.id()),
                    get("/publishing/publications/" + draft.id() + "/edit"),
                    post("/publishing/publications/" + draft.id() + "/edit")
                            .param("title", "Чужое")
                            .param("body", "x")
                            .with(csrf()),
                    post("/publishing/publications/" + draft.id() + "/publish").with(csrf()),
                    post("/publishing/publications/" + draft.id() + "/unpublish")
                            .with(csrf()),
                    get("/publishing/publications")
                            .param("organisation", w.school().toString()),
                    get("/publishing/site").param("organisation", w.school().toString()),
                    post("/publishing/site")
                            .param("organisation", w.school().toString())
                            .param("slug", "stolen-" + w.orgs().tag())
                            .with(csrf()),
                    get(api),
                    get(api + "/" + draft.id()),
                    put(api + "/" + draft.id())
                            .header("If-Match", "\"0\"")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"title\":\"Чужое\",\"body\":\"x\"}"),
                    post(api + "/" + draft.id() + "/publish"),
                    post(api).contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"Чужое\",\"body\":\"x\"}"),
                    post("/publishing/publications/from-event")
                            .param("organisation", w.school().toString())
                            .param("event", java.util.UUID.randomUUID().toString())
                            .with(csrf()),
                    post(api + "/from-event")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"event\":\"" + java.util.UUID.randomUUID() + "\"}"));
            for (MockHttpServletRequestBuilder request : requests) {
                mvc.perform(request.with(user(stranger))).andExpect(status().isNotFound());
            }
        }
        PublicationView after = publications.get(w.curator(), draft.id());
        assertThat(after.title()).isEqualTo("Черновик школы А");
        assertThat(after.status()).isEqualTo(PublicationStatus.DRAFT);
        assertThat(after.version()).isEqualTo(draft.version());
        assertThat(publications.list(w.otherCurator(), w.orgs().schoolB())).isEmpty();
        assertThat(publications.list(w.curator(), w.school()))
                .extracting(PublicationView::id)
                .containsExactly(draft.id());
        mvc.perform(get("/o/" + w.slug() + "/nastavnichestvo/news/" + draft.id()))
                .andExpect(status().isNotFound());
    }

    @Test
    void theApiWritesWithIfMatchAndPublishes() throws Exception {
        PublishingWorld.World w = worlds.create();
        String api = "/api/v1/organisations/" + w.school() + "/publications";
        String created = mvc.perform(post(api)
                        .with(user(w.curator()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Из API\",\"body\":\"<p>Текст</p><script>x()</script>\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.stripped[0]").value("<script>"))
                .andExpect(jsonPath("$.publication.body").value("<p>Текст</p>"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = com.jayway.jsonpath.JsonPath.read(created, "$.publication.id");
        String edit = "{\"title\":\"Из API, исправлено\",\"body\":\"<p>Текст</p>\"}";
        mvc.perform(put(api + "/" + id)
                        .with(user(w.curator()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(edit))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(put(api + "/" + id)
                        .with(user(w.curator()))
                        .header("If-Match", "\"7\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(edit))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(put(api + "/" + id)
                        .with(user(w.curator()))
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(edit))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.publication.title").value("Из API, исправлено"));
        mvc.perform(post(api + "/" + id + "/publish").with(user(w.curator())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PUBLISHED"));
        mvc.perform(post(api + "/" + id + "/publish").with(user(w.curator())))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get(api).with(user(w.curator())))
                .andExpect(jsonPath("$.length()").value(1));
    }
}
