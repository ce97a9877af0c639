package ru.nastavnik.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.mentorship.OrderView;

/**
 * The public section shows the Regulation in force (issue 17 item 3): once a newer version is approved, the
 * Regulation and roadmap of the older order leave the site — its page is 404 — while the older order itself, shown,
 * stays; the new version is shown when the curator chooses it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PublicRegulationInForceIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    PublishingWorld worlds;

    @Autowired
    SiteOrders orders;

    @Autowired
    PublicDocuments documents;

    @Test
    void aNewerApprovedVersionTakesTheOlderRegulationOffTheSiteButNotItsOrder() throws Exception {
        PublishingWorld.World w = worlds.create();
        String section = "/o/" + w.slug() + "/nastavnichestvo/documents/";
        OrderView first = orders.regulation(w);
        PublicDocumentView oldRegulation =
                documents.choose(w.curator(), w.school(), first.id(), DocumentPart.REGULATION, DocumentMode.NAMED);
        PublicDocumentView oldRoadmap =
                documents.choose(w.curator(), w.school(), first.id(), DocumentPart.ROADMAP, DocumentMode.NAMED);
        PublicDocumentView oldOrder =
                documents.choose(w.curator(), w.school(), first.id(), DocumentPart.ORDER, DocumentMode.ANONYMISED);
        assertThat(documents.shownBy(List.of(w.school())))
                .extracting(PublicDocumentView::id)
                .containsExactlyInAnyOrder(oldRegulation.id(), oldRoadmap.id(), oldOrder.id());
        mvc.perform(get(section + oldRegulation.id())).andExpect(status().isOk());

        // version 2 approved by order № 14-о of 03.09.2026
        OrderView second = orders.regulation(w, "Смирнову Ольгу Викторовну");
        assertThat(documents.shownBy(List.of(w.school())))
                .extracting(PublicDocumentView::id)
                .containsExactly(oldOrder.id());
        mvc.perform(get(section + oldRegulation.id())).andExpect(status().isNotFound());
        mvc.perform(get(section + oldRoadmap.id())).andExpect(status().isNotFound());
        mvc.perform(get(section + oldOrder.id())).andExpect(status().isOk());

        PublicDocumentView current =
                documents.choose(w.curator(), w.school(), second.id(), DocumentPart.REGULATION, DocumentMode.NAMED);
        assertThat(current.html()).contains("(редакция № 2)");
        assertThat(documents.shownBy(List.of(w.school())))
                .extracting(PublicDocumentView::id)
                .containsExactlyInAnyOrder(oldOrder.id(), current.id());
        mvc.perform(get(section + current.id())).andExpect(status().isOk());
    }
}
