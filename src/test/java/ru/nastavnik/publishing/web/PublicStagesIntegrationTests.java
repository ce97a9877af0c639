package ru.nastavnik.publishing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.Listeners;
import ru.nastavnik.publishing.internal.CoverageReport;
import ru.nastavnik.publishing.internal.PublicSites;
import ru.nastavnik.publishing.internal.PublicationDraft;
import ru.nastavnik.publishing.internal.PublicationId;
import ru.nastavnik.publishing.internal.PublicationManagement;
import ru.nastavnik.roadmap.internal.ActivityDocuments;
import ru.nastavnik.roadmap.internal.ActivityEvidenceLinks;
import ru.nastavnik.roadmap.internal.ActivityId;
import ru.nastavnik.roadmap.internal.EvidenceDocumentView;
import ru.nastavnik.roadmap.internal.RoadmapPlans;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The public news by roadmap stage: an item is at the stages of the activities its curator linked it to as evidence;
 * the school's section, the municipality's and the region's pages, the version for the visually impaired, the public
 * API and the feeds filter by {@code ?stage=} beside the school filter; drafts never show; a bad stage is a Russian
 * 400; linking or unlinking the evidence is seen at once through the page cache.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PublicStagesIntegrationTests {

    private static final Pattern NEWS_TITLE =
            Pattern.compile("news-item\">\\s*<h3 class=\"h5\"><a href=\"[^\"]+\">([^<]+)</a>");
    private static final String BAD_STAGE =
            "Этап «%s» не подходит: укажите номер этапа дорожной карты — целое число от 1 до 7.";

    @Autowired
    MockMvc mvc;

    @Autowired
    PublicPageWorld worlds;

    @Autowired
    Fixtures fixtures;

    @Autowired
    PublicationManagement publications;

    @Autowired
    PublicSites sites;

    @Autowired
    RoadmapPlans plans;

    @Autowired
    ActivityEvidenceLinks links;

    @Autowired
    ActivityDocuments documents;

    @Autowired
    Listeners listeners;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CoverageReport coverage;

    @Test
    void everyPublicListFiltersTheNewsByTheStageTheyAreLinkedTo() throws Exception {
        PublicPageWorld.World w = worlds.create();
        OrganisationId a = w.orgs().schoolA();
        OrganisationId b = w.orgs().schoolB();
        PublicationId regulation = publish(w.curator(), a, "Положение о наставничестве утверждено");
        publish(w.curator(), a, "Новость без этапа");
        PublicationId covered = publish(w.otherCurator(), b, "Наставничество на сайте школы Б");
        publications.create(w.curator(), a, new PublicationDraft("Черновик этапа 1", "<p>Ч</p>", List.of()));
        listeners.awaitCompletion();
        links.linkPublication(w.curator(), activity(w.curator(), a, 1), regulation.value(), null);
        links.linkPublication(w.otherCurator(), activity(w.otherCurator(), b, 7), covered.value(), null);
        String region = "/o/region-" + w.orgs().tag() + "/nastavnichestvo";
        sites.choose(
                fixtures.user(Role.REGIONAL_METHODOLOGIST, w.orgs().region()),
                w.orgs().region(),
                "region-" + w.orgs().tag());

        assertThat(titles(w.areaSection() + "?stage=1")).containsExactly("Положение о наставничестве утверждено");
        assertThat(titles(w.areaSection() + "?stage=7")).containsExactly("Наставничество на сайте школы Б");
        assertThat(titles(w.areaSection() + "?stage=7&school=" + a)).isEmpty();
        assertThat(titles(w.areaSection() + "?school=" + a + "&stage=1"))
                .containsExactly("Положение о наставничестве утверждено");
        assertThat(titles(w.areaSection() + "?stage=2")).isEmpty();
        assertThat(titles(region + "?stage=7")).containsExactly("Наставничество на сайте школы Б");
        assertThat(titles(region + "?stage=1&school=" + b)).isEmpty();
        assertThat(titles(w.section() + "?stage=1")).containsExactly("Положение о наставничестве утверждено");
        assertThat(titles(w.section() + "?stage=7")).isEmpty();
        assertThat(titles(w.section()))
                .containsExactlyInAnyOrder("Положение о наставничестве утверждено", "Новость без этапа");

        String area = PublicPageWorld.read(mvc, w.areaSection() + "?stage=7");
        assertThat(area)
                .contains("href=\"" + w.areaSection() + "?stage=7\" aria-current=\"page\"")
                .contains("href=\"" + w.areaSection() + "\">Все этапы</a>")
                .contains("Этап 7: Информирование: сайт школы, социальные сети, муниципальный и региональный уровни")
                .doesNotContain("Черновик");
        assertThat(PublicPageWorld.read(mvc, w.areaSection()))
                .contains("Этап 1: Подготовка условий: локальные акты и согласия")
                .contains("Не привязана к этапу дорожной карты")
                .contains("href=\"" + w.areaSection() + "\" aria-current=\"page\">Все этапы</a>");
        // the roadmap's stages on the school's section link to their news
        assertThat(PublicPageWorld.read(mvc, w.section()))
                .contains("href=\"" + w.section() + "?stage=1\">Новости этапа 1</a>");

        String accessible = PublicPageWorld.read(mvc, w.areaSection() + "/dlya-slabovidyashchih?stage=1");
        assertThat(accessible)
                .contains("Положение о наставничестве утверждено")
                .doesNotContain("Наставничество на сайте школы Б")
                .doesNotContain("Новость без этапа")
                .contains("href=\"" + w.areaSection() + "/dlya-slabovidyashchih?stage=1\" aria-current=\"page\"");

        mvc.perform(get(w.areaSection() + "/api/publications?stage=7"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].title", contains("Наставничество на сайте школы Б")))
                .andExpect(jsonPath("$[0].stages", contains(7)));
        mvc.perform(get(w.areaSection() + "/api/publications?stage=7&school=" + a))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", empty()));
        mvc.perform(get(region + "/api/publications?stage=1"))
                .andExpect(jsonPath("$[*].title", contains("Положение о наставничестве утверждено")));

        String rss = PublicPageWorld.read(mvc, w.areaSection() + "/rss.xml?stage=1");
        assertThat(rss)
                .contains("Положение о наставничестве утверждено")
                .doesNotContain("Наставничество на сайте школы Б")
                .doesNotContain("Новость без этапа");
        assertThat(PublicPageWorld.read(mvc, region + "/atom.xml?stage=7"))
                .contains("Наставничество на сайте школы Б")
                .doesNotContain("Положение о наставничестве утверждено");
    }

    @Test
    void aStageThatIsNotOneToSevenIsARussian400Everywhere() throws Exception {
        PublicPageWorld.World w = worlds.create();
        for (String bad : List.of("8", "0", "abc", "-1", "1.5")) {
            assertThat(body400(w.areaSection() + "?stage=" + bad)).contains(BAD_STAGE.formatted(bad));
            assertThat(body400(w.section() + "/dlya-slabovidyashchih?stage=" + bad))
                    .contains(BAD_STAGE.formatted(bad));
            assertThat(body400(w.areaSection() + "/api/publications?stage=" + bad))
                    .isEqualTo(BAD_STAGE.formatted(bad));
            assertThat(body400(w.section() + "/rss.xml?stage=" + bad)).isEqualTo(BAD_STAGE.formatted(bad));
            assertThat(body400(w.areaSection() + "/atom.xml?stage=" + bad)).isEqualTo(BAD_STAGE.formatted(bad));
        }
        // an empty stage is «every stage», as an empty school is «every school»
        assertThat(PublicPageWorld.read(mvc, w.areaSection() + "?stage=")).contains("Все этапы");
    }

    @Test
    void linkingAndUnlinkingEvidenceRenewsTheCachedPagesAndALinkComesBeforeTheSource() throws Exception {
        PublicPageWorld.World w = worlds.create();
        OrganisationId a = w.orgs().schoolA();
        PublicationId item = publish(w.curator(), a, "Круглый стол прошёл");
        // as if drafted from a held round table (its decisions): stage 6 by its source while linked to nothing
        jdbc.update("update publication set source_kind = 'ROUND_TABLE' where id = ?", item.value());
        listeners.awaitCompletion();
        PublicPageWorld.Node other = worlds.node();
        String atSix = w.areaSection() + "?stage=6";
        String atOne = w.areaSection() + "?stage=1";
        String api = w.areaSection() + "/api/publications?stage=1";
        assertThat(titles(atSix)).containsExactly("Круглый стол прошёл");
        assertThat(titles(atOne)).isEmpty();
        assertThat(PublicPageWorld.read(other.mvc(), atOne)).doesNotContain("Круглый стол прошёл");
        mvc.perform(get(api)).andExpect(jsonPath("$", empty()));

        // monitoring's coverage report counts it the same way
        assertThat(coverage.of(w.curator(), a, null, null).items())
                .singleElement()
                .satisfies(i -> assertThat(i.stages()).containsExactly(6));

        ActivityId regulation = activity(w.curator(), a, 1);
        EvidenceDocumentView linked = links.linkPublication(w.curator(), regulation, item.value(), null);

        assertThat(titles(atOne)).containsExactly("Круглый стол прошёл");
        assertThat(titles(atSix)).isEmpty();
        assertThat(PublicPageWorld.read(other.mvc(), atOne)).contains("Круглый стол прошёл");
        mvc.perform(get(api)).andExpect(jsonPath("$[*].title", contains("Круглый стол прошёл")));
        assertThat(PublicPageWorld.read(mvc, w.section()))
                .contains("Этап 1: Подготовка условий: локальные акты и согласия");

        assertThat(coverage.of(w.curator(), a, null, null).byStage()).containsExactly(java.util.Map.entry(1, 1L));

        documents.remove(w.curator(), regulation, linked.id());

        assertThat(titles(atOne)).isEmpty();
        assertThat(titles(atSix)).containsExactly("Круглый стол прошёл");
        assertThat(PublicPageWorld.read(other.mvc(), atOne)).doesNotContain("Круглый стол прошёл");
        mvc.perform(get(api)).andExpect(jsonPath("$", empty()));
    }

    private PublicationId publish(NastavnikPrincipal curator, OrganisationId school, String title) {
        PublicationId id = publications
                .create(curator, school, new PublicationDraft(title, "<p>" + title + ".</p>", List.of()))
                .publication()
                .id();
        publications.publish(curator, school, id);
        return id;
    }

    /** The first activity of the school's current plan at {@code stage}. */
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
        Matcher m = NEWS_TITLE.matcher(PublicPageWorld.read(mvc, url));
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
