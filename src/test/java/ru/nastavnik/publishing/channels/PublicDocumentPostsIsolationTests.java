package ru.nastavnik.publishing.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import ru.nastavnik.publishing.internal.DocumentMode;
import ru.nastavnik.publishing.internal.DocumentPart;
import ru.nastavnik.publishing.internal.PublicDocumentView;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * A school's public document and its posts, on the page and through the API, with another school's, another
 * territory's or the school's mentor's credentials, or another school's organisation in the URL: 404, nothing queued,
 * nothing changed. The school's own curator sees the page and sends through the API (nothing leaves: the delivery
 * job is not run here).
 */
@SpringBootTest
@AutoConfigureMockMvc
class PublicDocumentPostsIsolationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ChannelsWorld worlds;

    @Autowired
    DocumentWorld documents;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anotherSchoolsDocumentIdsAreNotFoundAndNothingIsQueued() throws Exception {
        ChannelsWorld.World w = worlds.create(true);
        PublicDocumentView doc =
                documents.show(w, documents.regulation(w), DocumentPart.REGULATION, DocumentMode.NAMED);
        mvc.perform(post("/api/v1/organisations/" + w.school() + "/public-documents/" + doc.id() + "/deliveries")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"channels\":[\"TELEGRAM\"]}")
                        .with(user(w.curator()))
                        .with(csrf()))
                .andExpect(status().isCreated());
        String delivery = jdbc.queryForObject(
                "select id::text from publishing_outbox where document_id = ?", String.class, doc.id());
        List<Map<String, Object>> before = outbox(doc.id());

        String school = w.school().toString();
        String other = w.orgs().schoolB().toString();
        NastavnikPrincipal mentor = fixtures.user(Role.MENTOR, w.school());
        NastavnikPrincipal otherTerritory =
                fixtures.user(Role.MUNICIPAL_METHODOLOGIST, fixtures.world().municipality());
        String page = "/publishing/channels/documents/" + doc.id();
        for (NastavnikPrincipal stranger : List.of(w.otherCurator(), mentor, otherTerritory)) {
            for (String organisation : List.of(school, other)) {
                String api = "/api/v1/organisations/" + organisation + "/public-documents/" + doc.id() + "/deliveries";
                List<AbstractMockHttpServletRequestBuilder<?>> requests = List.of(
                        get(page).param("organisation", organisation),
                        post(page + "/send")
                                .param("organisation", organisation)
                                .param("kind", "VK")
                                .with(csrf()),
                        post(page + "/deliveries/" + delivery + "/retry")
                                .param("organisation", organisation)
                                .with(csrf()),
                        post(page + "/deliveries/" + delivery + "/delete")
                                .param("organisation", organisation)
                                .with(csrf()),
                        post(page + "/deliveries/" + delivery + "/mark-deleted")
                                .param("organisation", organisation)
                                .with(csrf()),
                        get(api),
                        post(api)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"channels\":[\"VK\"]}")
                                .with(csrf()),
                        post(api + "/" + delivery + "/retry").with(csrf()),
                        post(api + "/" + delivery + "/delete-post").with(csrf()),
                        post(api + "/" + delivery + "/mark-deleted").with(csrf()));
                for (AbstractMockHttpServletRequestBuilder<?> request : requests) {
                    int code = mvc.perform(request.with(user(stranger)))
                            .andReturn()
                            .getResponse()
                            .getStatus();
                    assertThat(code).as("%s %s", stranger, request).isEqualTo(404);
                }
            }
        }
        // the other school's curator, her own organisation in the URL, this school's document id
        mvc.perform(get(page).param("organisation", other).with(user(w.otherCurator())))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/organisations/" + other + "/public-documents/" + doc.id() + "/deliveries")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"channels\":[\"VK\"]}")
                        .with(user(w.otherCurator()))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        // this school's delivery id under another of its documents
        PublicDocumentView roadmap = documents.show(
                w,
                documents.regulation(w, "13-о", java.time.LocalDate.of(2026, 9, 2)),
                DocumentPart.ROADMAP,
                DocumentMode.NAMED);
        mvc.perform(post("/api/v1/organisations/" + school + "/public-documents/" + roadmap.id() + "/deliveries/"
                                + delivery + "/mark-deleted")
                        .with(user(w.curator()))
                        .with(csrf()))
                .andExpect(status().isNotFound());

        assertThat(outbox(doc.id())).isEqualTo(before);
        assertThat(jdbc.queryForObject(
                        "select count(*) from publishing_outbox where organisation_id = ? and document_id is not null",
                        Integer.class,
                        w.school().value()))
                .isEqualTo(1);
        mvc.perform(get(page).param("organisation", school).with(user(w.curator())))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"delivery-telegram\"")));
    }

    private List<Map<String, Object>> outbox(UUID document) {
        return jdbc.queryForList(
                "select id, status, attempts, updated_at from publishing_outbox where document_id = ? order by kind",
                document);
    }
}
