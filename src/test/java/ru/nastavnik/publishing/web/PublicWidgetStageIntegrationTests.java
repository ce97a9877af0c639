package ru.nastavnik.publishing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.PublicBaseUrl;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The widget the school embeds takes the roadmap stage as the news list does ({@code ?stage=}): the frame and the
 * script's frame show only that stage's news, the heading links to them, a bad stage is the same Russian 400; the
 * sitemap stays the canonical addresses — a stage's page is a filtered view pointing to the section by
 * {@code rel="canonical"}, not a sitemap entry.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PublicWidgetStageIntegrationTests {

    private static final Pattern WIDGET_NEWS = Pattern.compile("/news/[^\"]+\"\\s*>([^<]+)</a>");

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

    @Autowired
    PublicBaseUrl base;

    @Test
    void theWidgetAndItsScriptShowTheNewsOfOneStageAndABadStageIsARussian400() throws Exception {
        PublicPageWorld.World w = worlds.create();
        OrganisationId a = w.orgs().schoolA();
        PublicationId regulation = publish(w.curator(), a, "Положение утверждено");
        publish(w.curator(), a, "Новость без этапа");
        listeners.awaitCompletion();
        links.linkPublication(w.curator(), activity(w.curator(), a, 1), regulation.value(), null);

        assertThat(titles(w.section() + "/widget?n=5"))
                .containsExactlyInAnyOrder("Положение утверждено", "Новость без этапа");
        String atOne = PublicPageWorld.read(mvc, w.section() + "/widget?n=5&stage=1");
        assertThat(titles(w.section() + "/widget?n=5&stage=1")).containsExactly("Положение утверждено");
        assertThat(atOne)
                .contains("href=\"" + base.of(w.section()) + "?stage=1\"")
                .contains("Этап 1: Подготовка условий: локальные акты и согласия");
        assertThat(titles(w.section() + "/widget?n=5&stage=2")).isEmpty();
        assertThat(PublicPageWorld.read(mvc, w.section() + "/widget?n=5")).doesNotContain("widget-stage");
        // the area's widget, the same filter over its schools
        assertThat(titles(w.areaSection() + "/widget?stage=1")).containsExactly("Положение утверждено");

        String script = PublicPageWorld.read(mvc, w.section() + "/widget.js?n=3&stage=1");
        assertThat(script).contains("frame.src = '" + base.of(w.section()) + "/widget?n=3&stage=1';");
        assertThat(PublicPageWorld.read(mvc, w.section() + "/widget.js?n=3"))
                .contains("frame.src = '" + base.of(w.section()) + "/widget?n=3';");

        String bad = "Этап «9» не подходит: укажите номер этапа дорожной карты — целое число от 1 до 7.";
        assertThat(body400(w.section() + "/widget?stage=9")).contains(bad);
        assertThat(body400(w.section() + "/widget.js?stage=9")).isEqualTo(bad);
    }

    @Test
    void aStagesPageIsACanonicalViewOfTheSectionAndTheSitemapListsNoStagePages() throws Exception {
        PublicPageWorld.World w = worlds.create();
        publish(w.curator(), w.orgs().schoolA(), "Новость");
        listeners.awaitCompletion();
        assertThat(PublicPageWorld.read(mvc, w.section() + "?stage=3"))
                .contains("<link rel=\"canonical\" href=\"" + base.of(w.section()) + "\">");
        assertThat(PublicPageWorld.read(mvc, w.section() + "/dlya-slabovidyashchih?stage=3"))
                .contains("<link rel=\"canonical\" href=\"" + base.of(w.section()) + "/dlya-slabovidyashchih\">");
        assertThat(PublicPageWorld.read(mvc, w.section())).doesNotContain("rel=\"canonical\"");
        assertThat(PublicPageWorld.read(mvc, w.section() + "/dlya-slabovidyashchih"))
                .doesNotContain("rel=\"canonical\"");
        String sitemap = PublicPageWorld.read(mvc, w.section() + "/sitemap.xml");
        assertThat(sitemap).contains("<loc>" + base.of(w.section()) + "</loc>").doesNotContain("stage=");
    }

    private PublicationId publish(NastavnikPrincipal curator, OrganisationId school, String title) {
        PublicationId id = publications
                .create(curator, school, new PublicationDraft(title, "<p>" + title + ".</p>", List.of()))
                .publication()
                .id();
        publications.publish(curator, school, id);
        return id;
    }

    private ActivityId activity(NastavnikPrincipal curator, OrganisationId school, int stage) {
        return new ActivityId(plans.plan(curator, school, null).orElseThrow().stages().stream()
                .filter(s -> s.number() == stage)
                .findFirst()
                .orElseThrow()
                .activities()
                .get(0)
                .id());
    }

    private List<String> titles(String url) throws Exception {
        List<String> found = new ArrayList<>();
        Matcher m = WIDGET_NEWS.matcher(PublicPageWorld.read(mvc, url));
        while (m.find()) {
            found.add(m.group(1).strip());
        }
        return found;
    }

    private String body400(String url) throws Exception {
        return mvc.perform(get(url))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
