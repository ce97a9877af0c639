package ru.nastavnik.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.shared.Role;

/**
 * Issue 18, items 1 and 4 at the regional level: the region's own page gathers its schools' news with the filter by
 * school, and its RSS 2.0 and Atom feeds carry them — parsed back with ROME; a draft is in none of them.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RegionalSectionIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    PublishingWorld worlds;

    @Autowired
    PublicationManagement publications;

    @Autowired
    PublicSites sites;

    @Autowired
    Fixtures fixtures;

    @Test
    void theRegionsPageAndFeedsGatherItsSchoolsPublishedNews() throws Exception {
        PublishingWorld.World w = worlds.create();
        String a = "Новость школы А " + w.orgs().tag();
        String b = "Новость школы Б " + w.orgs().tag();
        publications.publish(
                w.curator(),
                w.school(),
                publications
                        .create(w.curator(), w.school(), new PublicationDraft(a, "<p>А</p>", List.of()))
                        .publication()
                        .id());
        publications.publish(
                w.otherCurator(),
                w.orgs().schoolB(),
                publications
                        .create(w.otherCurator(), w.orgs().schoolB(), new PublicationDraft(b, "<p>Б</p>", List.of()))
                        .publication()
                        .id());
        publications.create(
                w.otherCurator(), w.orgs().schoolB(), new PublicationDraft("Черновик региона", "<p>В</p>", List.of()));
        String region = "region-" + w.orgs().tag();
        sites.choose(
                fixtures.user(Role.REGIONAL_METHODOLOGIST, w.orgs().region()),
                w.orgs().region(),
                region);
        String page = "/o/" + region + "/nastavnichestvo";

        assertThat(read(page)).contains(a, b).doesNotContain("Черновик региона");
        assertThat(read(page + "?school=" + w.orgs().schoolB())).contains(b).doesNotContain(a);

        for (String feed : List.of("/rss.xml", "/atom.xml")) {
            SyndFeed parsed = new SyndFeedInput().build(new StringReader(read(page + feed)));
            assertThat(parsed.getEntries())
                    .as(feed)
                    .extracting(SyndEntry::getTitle)
                    .containsExactlyInAnyOrder(a, b);
        }
    }

    private String read(String url) throws Exception {
        return mvc.perform(get(url))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
