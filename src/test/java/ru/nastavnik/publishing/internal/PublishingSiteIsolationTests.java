package ru.nastavnik.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import ru.nastavnik.Fixtures;
import ru.nastavnik.mentorship.OrderView;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The public documents' and order drafts' URLs with another school's (or territory's) ids: 404, nothing changed.
 * Anonymously, a hidden document and another section's document are 404 whatever the address.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PublishingSiteIsolationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    PublishingWorld worlds;

    @Autowired
    SiteOrders orders;

    @Autowired
    PublicDocuments documents;

    @Autowired
    PublicationManagement publications;

    @Autowired
    PublicSites sites;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ru.nastavnik.Listeners listeners;

    @Test
    void anotherSchoolsCuratorTheSchoolsMentorAndAnotherTerritoryNeitherSeeNorChangeItsPublicDocuments()
            throws Exception {
        PublishingWorld.World w = worlds.create();
        OrderView order = orders.assignment(w);
        String a = w.school().toString();
        String b = w.orgs().schoolB().toString();
        NastavnikPrincipal mentor = fixtures.user(Role.MENTOR, w.school());
        NastavnikPrincipal otherTerritory =
                fixtures.user(Role.MUNICIPAL_METHODOLOGIST, fixtures.world().municipality());
        for (NastavnikPrincipal stranger : List.of(w.otherCurator(), mentor, otherTerritory)) {
            List<MockHttpServletRequestBuilder> requests = List.of(
                    get("/publishing/documents").param("organisation", a),
                    post("/publishing/documents")
                            .param("organisation", a)
                            .param("order", order.id().toString())
                            .param("part", "ORDER")
                            .param("mode", "ANONYMISED")
                            .with(csrf()),
                    post("/publishing/publications/from-order")
                            .param("organisation", a)
                            .param("order", order.id().toString())
                            .with(csrf()));
            for (MockHttpServletRequestBuilder request : requests) {
                mvc.perform(request.with(user(stranger))).andExpect(status().isNotFound());
            }
        }
        // her own school named, the other school's order given: still nothing
        mvc.perform(post("/publishing/documents")
                        .param("organisation", b)
                        .param("order", order.id().toString())
                        .param("part", "ORDER")
                        .param("mode", "ANONYMISED")
                        .with(csrf())
                        .with(user(w.otherCurator())))
                .andExpect(status().isNotFound());
        mvc.perform(post("/publishing/publications/from-order")
                        .param("organisation", b)
                        .param("order", order.id().toString())
                        .with(csrf())
                        .with(user(w.otherCurator())))
                .andExpect(status().isNotFound());

        // the school's own municipality issues no orders: its methodologist's page lists nothing, and no school's
        NastavnikPrincipal methodologist = worlds.methodologist(w);
        mvc.perform(get("/publishing/documents")
                        .param("organisation", w.orgs().municipality().toString())
                        .with(user(methodologist)))
                .andExpect(status().isOk());
        assertThat(documents.choices(methodologist, w.orgs().municipality())).isEmpty();

        assertThat(documents.choices(w.curator(), w.school()))
                .singleElement()
                .satisfies(c -> assertThat(c.mode()).isEqualTo(DocumentMode.HIDDEN));
        assertThat(documents.shownBy(List.of(w.school(), w.orgs().schoolB()))).isEmpty();
        // only the draft the system wrote itself when the order was registered: none of the strangers drafted one
        listeners.awaitCompletion();
        assertThat(publications.list(w.curator(), w.school()))
                .singleElement()
                .satisfies(p -> assertThat(publications.history(w.curator(), w.school(), p.id()))
                        .extracting(RevisionView::by)
                        .containsOnly(""));
        assertThat(publications.list(w.otherCurator(), w.orgs().schoolB())).isEmpty();
    }

    @Test
    void aHiddenDocumentAndAnotherSectionsDocumentAreNotFoundAnonymously() throws Exception {
        PublishingWorld.World w = worlds.create();
        OrderView order = orders.assignment(w);
        PublicDocumentView shown =
                documents.choose(w.curator(), w.school(), order.id(), DocumentPart.ORDER, DocumentMode.ANONYMISED);
        String slugB = "school-b-" + w.orgs().tag();
        sites.choose(w.otherCurator(), w.orgs().schoolB(), slugB);

        mvc.perform(get("/o/" + w.slug() + "/nastavnichestvo/documents/" + shown.id()))
                .andExpect(status().isOk());
        mvc.perform(get("/o/" + slugB + "/nastavnichestvo/documents/" + shown.id()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/o/" + w.slug() + "/nastavnichestvo/documents/not-an-id"))
                .andExpect(status().isNotFound());

        documents.choose(w.curator(), w.school(), order.id(), DocumentPart.ORDER, DocumentMode.HIDDEN);
        mvc.perform(get("/o/" + w.slug() + "/nastavnichestvo/documents/" + shown.id()))
                .andExpect(status().isNotFound());
        // an anonymous visitor cannot choose anything: the form is behind sign-in
        mvc.perform(post("/publishing/documents")
                        .param("organisation", w.school().toString())
                        .param("order", order.id().toString())
                        .param("part", "ORDER")
                        .param("mode", "NAMED"))
                .andExpect(status().is4xxClientError());
        assertThat(documents.shownBy(List.of(w.school()))).isEmpty();
    }
}
