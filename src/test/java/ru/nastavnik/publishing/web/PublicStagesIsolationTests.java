package ru.nastavnik.publishing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Listeners;
import ru.nastavnik.publishing.internal.PublicationDraft;
import ru.nastavnik.publishing.internal.PublicationId;
import ru.nastavnik.publishing.internal.PublicationManagement;
import ru.nastavnik.roadmap.internal.ActivityEvidenceLinks;
import ru.nastavnik.roadmap.internal.ActivityId;
import ru.nastavnik.roadmap.internal.RoadmapPlans;

/**
 * The stage filter adds no address, only {@code ?stage=} to public ones: it never widens what a page shows — another
 * area's school in an area's filter, with a stage, shows none of its news, cached or not; a school's section at a
 * stage shows only its own; an unknown section is still a 404, whatever the stage.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PublicStagesIsolationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    PublicPageWorld worlds;

    @Autowired
    PublicationManagement publications;

    @Autowired
    RoadmapPlans plans;

    @Autowired
    ActivityEvidenceLinks links;

    @Autowired
    Listeners listeners;

    @Test
    void aStageNeverShowsAnotherAreasOrAnotherSchoolsNews() throws Exception {
        PublicPageWorld.World mine = worlds.create();
        PublicPageWorld.World theirs = worlds.create();
        PublicationId item = publications
                .create(
                        theirs.curator(),
                        theirs.orgs().schoolA(),
                        new PublicationDraft("Чужая новость этапа 1", "<p>Ч</p>", List.of()))
                .publication()
                .id();
        publications.publish(theirs.curator(), theirs.orgs().schoolA(), item);
        listeners.awaitCompletion();
        ActivityId activity =
                new ActivityId(plans.plan(theirs.curator(), theirs.orgs().schoolA(), null)
                        .orElseThrow()
                        .stages()
                        .get(0)
                        .activities()
                        .get(0)
                        .id());
        links.linkPublication(theirs.curator(), activity, item.value(), null);

        assertThat(PublicPageWorld.read(mvc, theirs.areaSection() + "?stage=1")).contains("Чужая новость этапа 1");
        for (int read = 0; read < 2; read++) {
            assertThat(PublicPageWorld.read(
                            mvc, mine.areaSection() + "?school=" + theirs.orgs().schoolA() + "&stage=1"))
                    .doesNotContain("Чужая новость этапа 1");
            assertThat(PublicPageWorld.read(
                            mvc,
                            mine.areaSection() + "/api/publications?school="
                                    + theirs.orgs().schoolA() + "&stage=1"))
                    .isEqualTo("[]");
            assertThat(PublicPageWorld.read(mvc, mine.section() + "?stage=1")).doesNotContain("Чужая новость этапа 1");
            assertThat(PublicPageWorld.read(mvc, mine.areaSection() + "/rss.xml?stage=1"))
                    .doesNotContain("Чужая новость этапа 1");
        }
        mvc.perform(get("/o/no-such-section-" + mine.orgs().tag() + "/nastavnichestvo?stage=1"))
                .andExpect(status().isNotFound());
    }
}
