package ru.nastavnik.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.practices.PracticeShelf;
import ru.nastavnik.practices.internal.PracticeEditing;
import ru.nastavnik.practices.internal.PracticeManagement;
import ru.nastavnik.shared.Role;

/**
 * Issue 18, item 1: the school's best practices on its section, the municipality's page and the public API — only
 * an accepted practice whose authors' consent to distribution is recorded, and never the authors' names.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PublicPracticesSectionIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    PublishingWorld worlds;

    @Autowired
    PracticeShelf shelf;

    @Autowired
    PracticeManagement practices;

    @Autowired
    PracticeEditing editing;

    @Autowired
    PublicSites sites;

    @Autowired
    Fixtures fixtures;

    @Test
    void anAcceptedPracticeIsShownOnlyOnceItsAuthorsConsentedAndWithoutTheirNames() throws Exception {
        PublishingWorld.World w = worlds.create();
        String title = "Педагогическая мастерская " + w.orgs().tag();
        PracticeShelf.Shelved practice =
                shelf.accepted(w.school(), title, "Наставник и молодой учитель ведут урок вдвоём");
        PracticeShelf.Shelved proposed =
                shelf.proposed(w.school(), "Только предложена " + w.orgs().tag(), "Черновик");
        String area = "area-" + w.orgs().tag();
        sites.choose(
                fixtures.user(Role.MUNICIPAL_METHODOLOGIST, w.orgs().municipality()),
                w.orgs().municipality(),
                area);
        String section = "/o/" + w.slug() + "/nastavnichestvo";

        assertThat(read(section)).doesNotContain(title);
        assertThat(read(section + "/api/practices")).doesNotContain(title);

        long version = practices.kept(practice.curator(), practice.id()).version();
        editing.recordConsent(practice.curator(), w.school(), practice.id(), version, LocalDate.now());
        // recorded on the practice, but its author has not (yet) consented to distribution herself: still on no page
        assertThat(read(section)).doesNotContain(title);
        worlds.consentToDistribution(w, practice.author());

        for (String page : java.util.List.of(section, section + "/api/practices", "/o/" + area + "/nastavnichestvo")) {
            assertThat(read(page))
                    .as(page)
                    .contains(title, "Наставник и молодой учитель ведут урок вдвоём")
                    .doesNotContain("Лебедева")
                    .doesNotContain("Только предложена " + w.orgs().tag());
        }
        assertThat(proposed.id()).isNotEqualTo(practice.id());
    }

    /**
     * The filter reads the author's consent at every read, not the date recorded on the practice: her withdrawal takes
     * the practice off the section, the area's page and the public API at once (their version stamps renewed).
     */
    @Test
    void aPracticeLeavesEveryPublicPageOnceItsAuthorWithdrawsHerConsent() throws Exception {
        PublishingWorld.World w = worlds.create();
        String title = "Школа молодого педагога " + w.orgs().tag();
        PracticeShelf.Shelved practice = shelf.accepted(w.school(), title, "Еженедельные встречи наставников");
        long version = practices.kept(practice.curator(), practice.id()).version();
        editing.recordConsent(practice.curator(), w.school(), practice.id(), version, LocalDate.now());
        ru.nastavnik.consent.ConsentId consent = worlds.consentToDistribution(w, practice.author());
        String area = "area-" + w.orgs().tag();
        sites.choose(
                fixtures.user(Role.MUNICIPAL_METHODOLOGIST, w.orgs().municipality()),
                w.orgs().municipality(),
                area);
        String section = "/o/" + w.slug() + "/nastavnichestvo";
        List<String> pages = List.of(section, section + "/api/practices", "/o/" + area + "/nastavnichestvo");
        for (String page : pages) {
            assertThat(read(page)).as(page).contains(title);
        }

        worlds.withdraw(w, consent);

        for (String page : pages) {
            assertThat(read(page)).as(page).doesNotContain(title);
        }
    }

    private String read(String url) throws Exception {
        return mvc.perform(get(url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
