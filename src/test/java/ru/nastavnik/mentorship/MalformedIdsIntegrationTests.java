package ru.nastavnik.mentorship;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * Wishes, decisions, supports, notices, orders, organisations, API tokens, invitations and programmes bind as typed ids: a
 * malformed id is a record that does not exist (404) on every route that takes one, never a 400 or a 500.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MalformedIdsIntegrationTests {

    private static final String BAD = "12345-not-an-id";

    @Autowired
    MockMvc mvc;

    @Autowired
    ProgrammeFixtures fixtures;

    @Test
    void aMalformedIdIsNotFoundOnEveryRouteThatBindsOne() throws Exception {
        ProgrammeFixtures.ActivePair pair = fixtures.activePair(List.of("exams"));
        String org = pair.school().toString();
        String api = "/api/v1/organisations/" + org;
        // a publication that may not exist: the malformed id after it is refused by the binding first
        String news = "/publishing/channels/publications/" + java.util.UUID.randomUUID();
        List<RequestBuilder> curatorRequests = List.of(
                delete(api + "/matching-wishes/" + BAD),
                delete(api + "/matching-decisions/" + BAD),
                post("/matching/decisions/" + BAD + "/delete")
                        .param("organisation", org)
                        .with(csrf()),
                post("/matching/wishes/" + BAD + "/delete")
                        .param("organisation", org)
                        .with(csrf()),
                post("/mentorship/supports/" + BAD + "/end")
                        .param("organisation", org)
                        .with(csrf()),
                post("/mentorship/notices/" + BAD + "/seen")
                        .param("organisation", org)
                        .with(csrf()),
                post(api + "/supports/" + BAD + "/end"),
                post(api + "/notices/" + BAD + "/seen"),
                get("/mentorship/orders/" + BAD + "/document"),
                get("/mentorship/orders/" + BAD + "/scan"),
                post("/mentorship/orders/" + BAD + "/register").with(csrf()),
                post("/organisation/organisations/" + BAD + "/requisites").with(csrf()),
                post("/organisation/organisations/" + BAD + "/users").with(csrf()),
                delete("/api/v1/tokens/" + BAD),
                post("/organisation/profile/tokens/" + BAD + "/revoke").with(csrf()),
                get("/monitoring/programmes/" + BAD + "/impact"),
                get("/monitoring/programmes/" + BAD + "/quality"),
                get("/api/v1/programmes/" + BAD + "/impact"),
                // the programme's pages and API bind the programme, its activity and evidence as typed ids
                get("/mentorship/programmes/" + BAD),
                get("/mentorship/programmes/" + BAD + "/document"),
                post("/mentorship/pairs/" + BAD + "/programme").with(csrf()),
                post("/mentorship/programmes/" + java.util.UUID.randomUUID() + "/activities/" + BAD + "/done")
                        .with(csrf()),
                get("/mentorship/programmes/" + java.util.UUID.randomUUID() + "/evidence/" + BAD),
                get("/api/v1/programmes/" + BAD),
                delete("/api/v1/programmes/" + java.util.UUID.randomUUID() + "/activities/" + BAD),
                post("/monitoring/programmes/" + java.util.UUID.randomUUID() + "/impact/results/" + BAD + "/delete")
                        .with(csrf()),
                post(news + "/photos/" + BAD + "/delete").with(csrf()),
                post(news + "/deliveries/" + BAD + "/retry").with(csrf()),
                post(news + "/deliveries/" + BAD + "/delete").with(csrf()),
                post(news + "/deliveries/" + BAD + "/mark-deleted").with(csrf()),
                post("/publishing/publications/from-order")
                        .param("organisation", org)
                        .param("order", BAD)
                        .with(csrf()),
                post("/publishing/documents")
                        .param("organisation", org)
                        .param("order", BAD)
                        .param("part", "ORDER")
                        .with(csrf()),
                get("/monitoring/escalations").param("organisation", BAD),
                get("/monitoring/pairs").param("organisation", BAD),
                get("/monitoring/dashboard").param("organisation", BAD),
                get("/monitoring/summary.docx").param("organisation", BAD),
                get("/monitoring/settings").param("organisation", BAD),
                post("/monitoring/settings")
                        .param("organisation", BAD)
                        .param("youngMaxAge", "35")
                        .with(csrf()),
                get("/monitoring/annual-report").param("organisation", BAD),
                post("/monitoring/annual-report").param("organisation", BAD).with(csrf()),
                get("/monitoring/annual-report.docx").param("organisation", BAD),
                get("/monitoring/annual-report.pdf").param("organisation", BAD),
                get("/monitoring/indicators").param("organisation", BAD),
                get("/monitoring/indicators.xlsx").param("organisation", BAD),
                get("/monitoring/system-review").param("organisation", BAD),
                post("/monitoring/system-review").param("organisation", BAD).with(csrf()),
                get("/monitoring/system-review/document").param("organisation", BAD),
                post("/monitoring/campaigns/" + java.util.UUID.randomUUID() + "/remind")
                        .param("school", BAD)
                        .with(csrf()),
                // the roadmap's pages, documents, plan and package bind their organisation and activity as typed ids
                get("/roadmap").param("organisation", BAD),
                get("/roadmap/documents/roadmap.docx").param("organisation", BAD),
                get("/roadmap/documents/roadmap.pdf").param("organisation", BAD),
                get("/roadmap/package.zip").param("organisation", BAD),
                post("/roadmap/activities")
                        .param("organisation", BAD)
                        .param("content", "x")
                        .with(csrf()),
                post("/roadmap/template").param("organisation", BAD).with(csrf()),
                get("/roadmap/schools").param("area", BAD),
                get("/roadmap/activities/" + BAD),
                post("/roadmap/activities/" + BAD).param("content", "x").with(csrf()),
                post("/roadmap/activities/" + BAD + "/status").with(csrf()),
                post("/roadmap/activities/" + BAD + "/status/clear").with(csrf()),
                post("/roadmap/activities/" + BAD + "/remove").with(csrf()),
                // an activity's evidence: the order, the event and the published item it links bind as typed ids too
                post("/roadmap/activities/" + java.util.UUID.randomUUID() + "/documents/link")
                        .param("order", BAD)
                        .with(csrf()),
                post("/roadmap/activities/" + java.util.UUID.randomUUID() + "/documents/link-protocol")
                        .param("event", BAD)
                        .with(csrf()),
                post("/roadmap/activities/" + java.util.UUID.randomUUID() + "/documents/link-publication")
                        .param("publication", BAD)
                        .with(csrf()),
                delete(api + "/roadmap/activities/" + BAD),
                get(api.replace(org, BAD) + "/roadmap"),
                get(api.replace(org, BAD) + "/roadmap/plan"),
                get(api.replace(org, BAD) + "/inspection-package.zip"),
                // a pair's payment terms
                get("/mentorship/pairs/" + BAD + "/payment-terms"),
                post("/mentorship/pairs/" + BAD + "/payment-terms")
                        .param("organisation", org)
                        .with(csrf()),
                get("/mentorship/pairs/" + java.util.UUID.randomUUID() + "/payment-terms")
                        .param("organisation", BAD),
                // the rule chosen for a pair binds as a typed id: a malformed one is a rule that does not exist
                post("/mentorship/pairs/" + pair.mentorship() + "/payment-terms")
                        .param("organisation", org)
                        .param("rule", BAD)
                        .param("validFrom", "01.09.2026")
                        .with(csrf()),
                get(api + "/mentorships/" + BAD + "/payment-terms"));
        for (RequestBuilder request : curatorRequests) {
            mvc.perform(withUser(request, pair)).andExpect(status().isNotFound());
        }
        List<RequestBuilder> menteeRequests = List.of(
                get("/api/v1/me/questionnaires/" + BAD),
                put("/api/v1/me/questionnaires/" + BAD + "/draft")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"),
                post("/api/v1/me/questionnaires/" + BAD + "/submit")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"),
                get("/survey/my/" + BAD),
                post("/survey/my/" + BAD + "/draft").with(csrf()),
                post("/survey/my/" + BAD).with(csrf()));
        for (RequestBuilder request : menteeRequests) {
            mvc.perform(withUser(request, pair.mentee())).andExpect(status().isNotFound());
        }
    }

    private static RequestBuilder withUser(RequestBuilder request, ProgrammeFixtures.ActivePair pair) {
        return withUser(request, pair.curator());
    }

    private static RequestBuilder withUser(
            RequestBuilder request, ru.nastavnik.shared.security.NastavnikPrincipal who) {
        return ((org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder) request).with(user(who));
    }
}
