package ru.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import ru.nastavnik.Fixtures;
import ru.nastavnik.roadmap.internal.ActivityDocuments;
import ru.nastavnik.roadmap.internal.ActivityId;
import ru.nastavnik.roadmap.internal.EvidenceDocumentView;
import ru.nastavnik.roadmap.internal.RoadmapPlans;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Dates;

/**
 * An activity's evidence documents with another school's curator, the school's mentor and another territory's
 * methodologist: 404 on every route; the school's own methodologist above reads the roadmap but changes nothing
 * (403). Nothing is attached, removed or read.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RoadmapEvidenceIsolationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    RoadmapPlans plans;

    @Autowired
    ActivityDocuments documents;

    @Test
    void strangersReachNoActivitysDocumentsAndTheMethodologistAboveChangesNone() throws Exception {
        var world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());
        LocalDate today = LocalDate.now(Dates.DEFAULT_ZONE);
        var activity = new ActivityId(plans.plan(curator, world.schoolA(), null)
                .orElseThrow()
                .stages()
                .get(0)
                .activities()
                .get(0)
                .id());
        EvidenceDocumentView kept = documents.upload(
                curator,
                activity,
                "Протокол",
                today,
                new ByteArrayInputStream(RoadmapEvidenceIntegrationTests.PDF),
                "p.pdf");
        NastavnikPrincipal other = fixtures.user(Role.CURATOR, world.schoolB());
        NastavnikPrincipal mentor = fixtures.user(Role.MENTOR, world.schoolA());
        NastavnikPrincipal otherTerritory =
                fixtures.user(Role.MUNICIPAL_METHODOLOGIST, fixtures.world().municipality());
        NastavnikPrincipal above = fixtures.user(Role.MUNICIPAL_METHODOLOGIST, world.municipality());
        String page = "/roadmap/activities/" + activity + "/documents";
        String api = "/api/v1/organisations/" + world.schoolA() + "/roadmap/activities/" + activity + "/documents";
        String link = "{\"order\":\"" + UUID.randomUUID() + "\"}";
        for (NastavnikPrincipal stranger : List.of(other, mentor, otherTerritory, above)) {
            List<AbstractMockHttpServletRequestBuilder<?>> requests = List.of(
                    multipart(page)
                            .file(new MockMultipartFile(
                                    "file", "x.pdf", "application/pdf", RoadmapEvidenceIntegrationTests.PDF))
                            .param("title", "Чужой")
                            .param("date", today.toString())
                            .with(csrf()),
                    post(page + "/link")
                            .param("order", UUID.randomUUID().toString())
                            .with(csrf()),
                    post(page + "/" + kept.id() + "/remove").with(csrf()),
                    get(page + "/" + kept.id()),
                    get(api),
                    get(api + "/" + kept.id()),
                    delete(api + "/" + kept.id()),
                    post(api + "/link").contentType(MediaType.APPLICATION_JSON).content(link),
                    multipart(api)
                            .file(new MockMultipartFile(
                                    "file", "x.pdf", "application/pdf", RoadmapEvidenceIntegrationTests.PDF))
                            .param("title", "Чужой")
                            .param("date", today.toString()));
            for (AbstractMockHttpServletRequestBuilder<?> request : requests) {
                int expected = stranger == above ? 403 : 404;
                mvc.perform(request.with(user(stranger))).andExpect(status().is(expected));
            }
        }
        // another school's curator cannot reach the activity through her own school's address either
        mvc.perform(get("/api/v1/organisations/" + world.schoolB() + "/roadmap/activities/" + activity + "/documents")
                        .with(user(other)))
                .andExpect(status().isNotFound());
        assertThat(documents.list(curator, activity))
                .extracting(EvidenceDocumentView::id)
                .containsExactly(kept.id());
    }
}
