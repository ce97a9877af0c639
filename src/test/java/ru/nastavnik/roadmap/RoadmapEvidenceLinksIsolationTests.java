package ru.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import ru.nastavnik.Fixtures;
import ru.nastavnik.roadmap.internal.ActivityDocuments;
import ru.nastavnik.roadmap.internal.ActivityId;
import ru.nastavnik.roadmap.internal.RoadmapPlans;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Linking a protocol or a publication to an activity with another school's curator, the school's mentor and another
 * territory's methodologist: 404 on the page's and the API's routes; the methodologist above the school reads its
 * roadmap but links nothing (403). Nothing is linked.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RoadmapEvidenceLinksIsolationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    RoadmapPlans plans;

    @Autowired
    ActivityDocuments documents;

    @Test
    void strangersLinkNoProtocolOrPublicationToAnActivity() throws Exception {
        var world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());
        var activity = new ActivityId(plans.plan(curator, world.schoolA(), null)
                .orElseThrow()
                .stages()
                .get(0)
                .activities()
                .get(0)
                .id());
        NastavnikPrincipal other = fixtures.user(Role.CURATOR, world.schoolB());
        NastavnikPrincipal mentor = fixtures.user(Role.MENTOR, world.schoolA());
        NastavnikPrincipal otherTerritory =
                fixtures.user(Role.MUNICIPAL_METHODOLOGIST, fixtures.world().municipality());
        NastavnikPrincipal above = fixtures.user(Role.MUNICIPAL_METHODOLOGIST, world.municipality());
        String page = "/roadmap/activities/" + activity + "/documents";
        String api = "/api/v1/organisations/" + world.schoolA() + "/roadmap/activities/" + activity + "/documents";
        String id = UUID.randomUUID().toString();
        for (NastavnikPrincipal stranger : List.of(other, mentor, otherTerritory, above)) {
            List<MockHttpServletRequestBuilder> requests = List.of(
                    post(page + "/link-protocol").param("event", id).with(csrf()),
                    post(page + "/link-publication").param("publication", id).with(csrf()),
                    post(api + "/link-protocol")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"event\":\"" + id + "\"}"),
                    post(api + "/link-publication")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"publication\":\"" + id + "\"}"));
            for (MockHttpServletRequestBuilder request : requests) {
                mvc.perform(request.with(user(stranger))).andExpect(status().is(stranger == above ? 403 : 404));
            }
        }
        // another school's curator cannot reach the activity through her own school's address either
        mvc.perform(post("/api/v1/organisations/" + world.schoolB() + "/roadmap/activities/" + activity
                                + "/documents/link-protocol")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"event\":\"" + id + "\"}")
                        .with(user(other)))
                .andExpect(status().isNotFound());
        assertThat(documents.list(curator, activity)).isEmpty();
    }
}
