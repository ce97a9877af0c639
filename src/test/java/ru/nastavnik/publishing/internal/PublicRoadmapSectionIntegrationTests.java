package ru.nastavnik.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Listeners;
import ru.nastavnik.roadmap.internal.RoadmapPlans;

/**
 * Issue 18, item 1: the school's section shows the roadmap with each activity's current status — derived from what
 * happened, so the first published news turns stage 7's activity to «Выполнено» on the public page; an area's page
 * shows no roadmap of its own.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PublicRoadmapSectionIntegrationTests {

    private static final String STAGE_7 =
            "Освещение всех этапов на сайте школы, в социальных сетях, на муниципальном и " + "региональном уровнях";

    @Autowired
    MockMvc mvc;

    @Autowired
    PublishingWorld worlds;

    @Autowired
    RoadmapPlans plans;

    @Autowired
    PublicationManagement publications;

    @Autowired
    Listeners listeners;

    @Test
    void theSectionShowsTheRoadmapsStagesWithTheirStatusDerivedFromWhatHappened() throws Exception {
        PublishingWorld.World w = worlds.create();
        String section = "/o/" + w.slug() + "/nastavnichestvo";
        assertThat(read(section)).contains("Дорожная карта на этот учебный год ещё не составлена.");

        plans.plan(w.curator(), w.school(), null).orElseThrow();
        String before = read(section);
        assertThat(before)
                .contains("Информирование: сайт школы, социальные сети, муниципальный и региональный уровни")
                .contains(STAGE_7);
        assertThat(statusOf(before, STAGE_7)).isEqualTo("Запланировано");

        PublicationView news = publications
                .create(w.curator(), w.school(), new PublicationDraft("Первая новость", "<p>Начали</p>", List.of()))
                .publication();
        publications.publish(w.curator(), w.school(), news.id());
        listeners.awaitCompletion();

        assertThat(statusOf(read(section), STAGE_7)).isEqualTo("Выполнено");
    }

    /** The status badge printed right after the activity's content. */
    private static String statusOf(String page, String activity) {
        var found = Pattern.compile(Pattern.quote(activity) + "</span>\\s*<span class=\"badge[^\"]*\">([^<]+)</span>")
                .matcher(page);
        assertThat(found.find())
                .as("the activity «%s» with its status", activity)
                .isTrue();
        return found.group(1);
    }

    private String read(String url) throws Exception {
        return mvc.perform(get(url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
