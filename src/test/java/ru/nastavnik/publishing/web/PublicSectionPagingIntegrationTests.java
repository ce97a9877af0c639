package ru.nastavnik.publishing.web;

import static org.assertj.core.api.Assertions.assertThat;

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
import ru.nastavnik.events.EventId;
import ru.nastavnik.publishing.internal.PublicationDraft;
import ru.nastavnik.publishing.internal.PublicationId;
import ru.nastavnik.publishing.internal.PublicationManagement;
import ru.nastavnik.shared.OrganisationId;

/**
 * An area's page shows its schools' news twenty at a time, newest first, with «Ещё» and «Назад» links (no script)
 * that keep the chosen school and topic; the topic filter shows one kind of news; the section shows its ten latest
 * held events and links to all of them, a page at a time.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PublicSectionPagingIntegrationTests {

    private static final Pattern NEWS_TITLE =
            Pattern.compile("news-item\">\\s*<h3 class=\"h5\"><a href=\"[^\"]+\">([^<]+)</a>");
    private static final Pattern EVENT_TITLE = Pattern.compile("<li>\\s*<strong>([^<]+)</strong>");
    private static final Pattern MORE = Pattern.compile("id=\"news-more\" href=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    PublicPageWorld worlds;

    @Autowired
    PublicationManagement publications;

    @Autowired
    Listeners listeners;

    @Test
    void anAreasNewsArePagedWithLinksThatKeepTheSchoolAndTheTopic() throws Exception {
        PublicPageWorld.World w = worlds.create();
        for (int i = 1; i <= 21; i++) {
            publish(w.curator(), w.orgs().schoolA(), "Новость А-%02d".formatted(i));
        }
        publish(w.otherCurator(), w.orgs().schoolB(), "Новость Б-01");
        EventId held = worlds.heldEvent(w.otherCurator(), w.orgs().schoolB(), "Семинар школы Б");
        PublicationId fromEvent = publications
                .draftFromEvent(w.otherCurator(), w.orgs().schoolB(), held)
                .publication()
                .id();
        publications.publish(w.otherCurator(), w.orgs().schoolB(), fromEvent);
        listeners.awaitCompletion();

        String first = PublicPageWorld.read(mvc, w.areaSection());
        List<String> expected = new ArrayList<>(List.of("Семинар: Семинар школы Б", "Новость Б-01"));
        for (int i = 21; i >= 4; i--) {
            expected.add("Новость А-%02d".formatted(i));
        }
        assertThat(all(NEWS_TITLE, first)).containsExactlyElementsOf(expected);
        assertThat(first).contains("Страница 1 из 2").doesNotContain("rel=\"prev\"");
        String second = PublicPageWorld.read(mvc, link(first));
        assertThat(link(first)).isEqualTo(w.areaSection() + "?page=2");
        assertThat(all(NEWS_TITLE, second)).containsExactly("Новость А-03", "Новость А-02", "Новость А-01");
        assertThat(second).contains("Страница 2 из 2").contains("rel=\"prev\"").doesNotContain("id=\"news-more\"");

        String schoolA = w.areaSection() + "?school=" + w.orgs().schoolA();
        String filtered = PublicPageWorld.read(mvc, schoolA);
        assertThat(all(NEWS_TITLE, filtered)).hasSize(20).doesNotContain("Новость Б-01");
        assertThat(link(filtered)).isEqualTo(schoolA + "&page=2");
        assertThat(all(NEWS_TITLE, PublicPageWorld.read(mvc, link(filtered)))).containsExactly("Новость А-01");

        String byTopic = PublicPageWorld.read(mvc, w.areaSection() + "?topic=EVENT");
        assertThat(all(NEWS_TITLE, byTopic)).containsExactly("Семинар: Семинар школы Б");
        assertThat(byTopic).doesNotContain("id=\"news-pages\"");
        assertThat(all(
                        NEWS_TITLE,
                        PublicPageWorld.read(
                                mvc,
                                w.areaSection() + "?topic=EVENT&school="
                                        + w.orgs().schoolA())))
                .isEmpty();
        // a page that is not a whole number from 1 is refused in Russian; one past the last is empty, with the way back
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                        w.areaSection() + "?page=abc"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isBadRequest());
        String beyond = PublicPageWorld.read(mvc, w.areaSection() + "?page=9");
        assertThat(all(NEWS_TITLE, beyond)).isEmpty();
        assertThat(beyond).contains("Страница 9 из 2").contains("rel=\"prev\"");
    }

    @Test
    void theSectionShowsItsTenLatestEventsAndLinksToAllOfThemPaged() throws Exception {
        PublicPageWorld.World w = worlds.create();
        for (int i = 1; i <= 11; i++) {
            worlds.heldEvent(w.curator(), w.orgs().schoolA(), "Встреча наставников %02d".formatted(i));
        }
        worlds.heldEvent(w.otherCurator(), w.orgs().schoolB(), "Встреча в школе Б");
        listeners.awaitCompletion();

        String section = PublicPageWorld.read(mvc, w.section());
        assertThat(all(EVENT_TITLE, section)).hasSize(10).doesNotContain("Встреча в школе Б");
        assertThat(section).contains("Все мероприятия (11)").contains("href=\"" + w.section() + "/events\"");
        assertThat(all(EVENT_TITLE, PublicPageWorld.read(mvc, w.section() + "/events")))
                .hasSize(11)
                .contains("Встреча наставников 01", "Встреча наставников 11");

        String area = PublicPageWorld.read(mvc, w.areaSection());
        assertThat(area).contains("Все мероприятия (12)");
        assertThat(all(
                        EVENT_TITLE,
                        PublicPageWorld.read(
                                mvc,
                                w.areaSection() + "/events?school=" + w.orgs().schoolB())))
                .containsExactly("Встреча в школе Б");
    }

    private void publish(ru.nastavnik.shared.security.NastavnikPrincipal curator, OrganisationId school, String title) {
        PublicationId id = publications
                .create(curator, school, new PublicationDraft(title, "<p>Текст</p>", List.of()))
                .publication()
                .id();
        publications.publish(curator, school, id);
    }

    private static String link(String page) {
        Matcher more = MORE.matcher(page);
        assertThat(more.find()).as("the «Ещё» link").isTrue();
        return more.group(1).replace("&amp;", "&");
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
