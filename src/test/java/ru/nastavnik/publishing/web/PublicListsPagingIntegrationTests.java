package ru.nastavnik.publishing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import ru.nastavnik.Listeners;
import ru.nastavnik.publishing.internal.PublicationDraft;
import ru.nastavnik.publishing.internal.PublicationId;
import ru.nastavnik.publishing.internal.PublicationManagement;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The version for the visually impaired, the practices' and the documents' pages and the public API are read twenty
 * at a time, their links keeping the chosen school; the section's page shows the ten latest practices and links to
 * all of them; a page number that is not a whole number from 1 to 10,000 is refused with a Russian message (400).
 */
@SpringBootTest
@AutoConfigureMockMvc
class PublicListsPagingIntegrationTests {

    private static final Pattern ACCESSIBLE_NEWS = Pattern.compile("/dlya-slabovidyashchih/news/[^\"]+\">([^<]+)</a>");
    private static final Pattern PRACTICE = Pattern.compile("<li>\\s*<strong>(Практика [^<]+)</strong>");

    @Autowired
    MockMvc mvc;

    @Autowired
    PublicPageWorld worlds;

    @Autowired
    PublicationManagement publications;

    @Autowired
    Listeners listeners;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ru.nastavnik.Fixtures fixtures;

    @Autowired
    ru.nastavnik.shared.PublicBaseUrl base;

    @Test
    void theAccessibleVersionAndTheApiReadTheNewsAPageAtATime() throws Exception {
        PublicPageWorld.World w = worlds.create();
        for (int i = 1; i <= 22; i++) {
            publish(w.curator(), w.orgs().schoolA(), "Новость А-%02d".formatted(i));
        }
        publish(w.otherCurator(), w.orgs().schoolB(), "Новость Б-01");
        listeners.awaitCompletion();

        String first = PublicPageWorld.read(mvc, w.areaSection() + "/dlya-slabovidyashchih");
        List<String> expected = new ArrayList<>(List.of("Новость Б-01"));
        for (int i = 22; i >= 4; i--) {
            expected.add("Новость А-%02d".formatted(i));
        }
        assertThat(all(ACCESSIBLE_NEWS, first)).containsExactlyElementsOf(expected);
        assertThat(first)
                .contains("Страница 1 из 2")
                .contains("href=\"" + w.areaSection() + "/dlya-slabovidyashchih?page=2\"");
        assertThat(all(ACCESSIBLE_NEWS, PublicPageWorld.read(mvc, w.areaSection() + "/dlya-slabovidyashchih?page=2")))
                .containsExactly("Новость А-03", "Новость А-02", "Новость А-01");
        String schoolA =
                w.areaSection() + "/dlya-slabovidyashchih?school=" + w.orgs().schoolA();
        String filtered = PublicPageWorld.read(mvc, schoolA);
        assertThat(all(ACCESSIBLE_NEWS, filtered)).hasSize(20).doesNotContain("Новость Б-01");
        assertThat(filtered).contains("href=\"" + schoolA + "&amp;page=2\"");

        MvcResult api = mvc.perform(get(w.areaSection() + "/api/publications"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "23"))
                .andExpect(header().string("Access-Control-Allow-Origin", "*"))
                .andExpect(header().string("Access-Control-Expose-Headers", "X-Total-Count, Link"))
                .andExpect(jsonPath("$.length()").value(20))
                .andExpect(jsonPath("$[0].title").value("Новость Б-01"))
                .andExpect(jsonPath("$[1].title").value("Новость А-22"))
                .andExpect(jsonPath("$[1].html").value("<p>Текст</p>"))
                .andReturn();
        assertThat(api.getResponse().getHeader("Link"))
                .isEqualTo("<" + base.of(w.areaSection() + "/api/publications?page=2") + ">; rel=\"next\"");
        MvcResult second = mvc.perform(get(w.areaSection() + "/api/publications?page=2"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "23"))
                .andExpect(jsonPath("$[*].title")
                        .value(org.hamcrest.Matchers.contains("Новость А-03", "Новость А-02", "Новость А-01")))
                .andReturn();
        assertThat(second.getResponse().getHeader("Link"))
                .isEqualTo("<" + base.of(w.areaSection() + "/api/publications?page=1") + ">; rel=\"prev\"");
        MvcResult ofSchool = mvc.perform(get(
                        w.areaSection() + "/api/publications?school=" + w.orgs().schoolB()))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "1"))
                .andReturn();
        assertThat(ofSchool.getResponse().getHeader("Link")).isNull();
    }

    @Test
    void theSectionShowsTenLatestPracticesAndLinksToAllOfThemPaged() throws Exception {
        PublicPageWorld.World w = worlds.create();
        for (int i = 1; i <= 21; i++) {
            practice(w.orgs().schoolA(), "Практика А-%02d".formatted(i), i, true, "ACCEPTED");
        }
        practice(w.orgs().schoolB(), "Практика Б-01", 30, true, "ACCEPTED");
        practice(w.orgs().schoolA(), "Практика без согласия", 40, false, "ACCEPTED");
        practice(w.orgs().schoolA(), "Практика на рассмотрении", 41, true, "PROPOSED");

        String area = PublicPageWorld.read(mvc, w.areaSection());
        // newest proposed first: school B's practice is the newest
        List<String> latest = new ArrayList<>(List.of("Практика Б-01"));
        for (int i = 21; i >= 13; i--) {
            latest.add("Практика А-%02d".formatted(i));
        }
        assertThat(all(PRACTICE, area)).containsExactlyElementsOf(latest);
        assertThat(area).contains("Все практики (22)").contains("href=\"" + w.areaSection() + "/practices\"");
        String first = PublicPageWorld.read(mvc, w.areaSection() + "/practices");
        assertThat(all(PRACTICE, first))
                .hasSize(20)
                .startsWith("Практика Б-01", "Практика А-21")
                .doesNotContain("Практика без согласия");
        assertThat(first).contains("Страница 1 из 2").contains("href=\"" + w.areaSection() + "/practices?page=2\"");
        assertThat(all(PRACTICE, PublicPageWorld.read(mvc, w.areaSection() + "/practices?page=2")))
                .containsExactly("Практика А-02", "Практика А-01");
        assertThat(all(
                        PRACTICE,
                        PublicPageWorld.read(
                                mvc,
                                w.areaSection() + "/practices?school="
                                        + w.orgs().schoolB())))
                .containsExactly("Практика Б-01");
        assertThat(PublicPageWorld.read(mvc, w.section() + "/dlya-slabovidyashchih"))
                .contains("Все практики (21)")
                .contains("Практика А-21")
                .doesNotContain("Практика А-11");

        mvc.perform(get(w.areaSection() + "/api/practices?page=2"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "22"))
                .andExpect(
                        jsonPath("$[*].title").value(org.hamcrest.Matchers.contains("Практика А-02", "Практика А-01")));

        assertThat(PublicPageWorld.read(mvc, w.areaSection() + "/documents"))
                .contains("Документы: ")
                .doesNotContain("id=\"documents-pages\"");
        mvc.perform(get(w.areaSection() + "/api/documents"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "0"))
                .andExpect(content().json("[]"));
    }

    @Test
    void aPageNumberThatIsNotAWholeNumberFromOneToTenThousandIsRefusedInRussian() throws Exception {
        PublicPageWorld.World w = worlds.create();
        List<String> pages = List.of(
                w.areaSection(),
                w.areaSection() + "/events",
                w.areaSection() + "/practices",
                w.areaSection() + "/documents",
                w.section() + "/dlya-slabovidyashchih");
        for (String page : pages) {
            // a number of more than seven digits is refused before any page by the shared RequestTextFilter
            mvc.perform(get(page + "?page=99999999999"))
                    .andExpect(status().isBadRequest())
                    .andExpect(status().reason(org.hamcrest.Matchers.containsString("такой страницы нет")));
            for (String bad : List.of("-1", "0", "10001", "999999", "abc")) {
                String answer = mvc.perform(get(page + "?page=" + bad))
                        .andExpect(status().isBadRequest())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8);
                assertThat(answer)
                        .as(page + "?page=" + bad)
                        .contains("Номер страницы «" + bad + "» не подходит: укажите целое число от 1 до 10");
            }
        }
        for (String api : List.of("publications", "events", "practices", "documents")) {
            mvc.perform(get(w.areaSection() + "/api/" + api + "?page=-5"))
                    .andExpect(status().isBadRequest())
                    .andExpect(header().string("Access-Control-Allow-Origin", "*"))
                    .andExpect(content().string(org.hamcrest.Matchers.startsWith("Номер страницы «-5» не подходит")));
        }
        // the last page number allowed is an empty page with the way back to the last
        assertThat(PublicPageWorld.read(mvc, w.section() + "/dlya-slabovidyashchih?page=10000"))
                .contains("rel=\"prev\" href=\"" + w.section() + "/dlya-slabovidyashchih\"");
    }

    /** A teacher had no way to her school's collection of practices but to know the public section's address. */
    @Test
    void aTeachersHomePageLeadsToHerSchoolsPracticesTheSectionShows() throws Exception {
        PublicPageWorld.World w = worlds.create();
        ru.nastavnik.shared.security.NastavnikPrincipal mentorA =
                fixtures.user(ru.nastavnik.shared.Role.MENTOR, w.orgs().schoolA());
        mvc.perform(get("/").with(user(mentorA)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("tile-practices"))));
        practice(w.orgs().schoolA(), "Практика А-01", 1, true, "ACCEPTED");
        practice(w.orgs().schoolA(), "Практика без согласия", 2, false, "ACCEPTED");
        mvc.perform(get("/").with(user(mentorA)))
                .andExpect(content().string(containsString("id=\"tile-practices\"")))
                .andExpect(content().string(containsString("href=\"" + w.section() + "/practices\"")))
                .andExpect(content().string(containsString("принятых школой: 1.")));
        // school B has no public section: no way to show
        practice(w.orgs().schoolB(), "Практика Б-01", 3, true, "ACCEPTED");
        mvc.perform(get("/").with(user(
                        fixtures.user(ru.nastavnik.shared.Role.MENTEE, w.orgs().schoolB()))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("tile-practices"))));
    }

    private void practice(OrganisationId school, String title, int minutesAgo, boolean consent, String status) {
        jdbc.update(
                """
                insert into practice (id, organisation_id, title, summary, source_kind, source_id, status, proposed_at,
                                      distribution_consent_on)
                values (?, ?, ?, 'Кратко', 'PROGRAMME', ?, ?, now() - make_interval(days => 100 - ?), ?)""",
                UUID.randomUUID(),
                school.value(),
                title,
                UUID.randomUUID(),
                status,
                minutesAgo,
                consent ? java.sql.Date.valueOf(java.time.LocalDate.now()) : null);
    }

    private void publish(NastavnikPrincipal curator, OrganisationId school, String title) {
        PublicationId id = publications
                .create(curator, school, new PublicationDraft(title, "<p>Текст</p>", List.of()))
                .publication()
                .id();
        publications.publish(curator, school, id);
    }

    private static List<String> all(Pattern pattern, String page) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(page);
        while (m.find()) {
            found.add(m.group(1).strip());
        }
        return found;
    }
}
