package ru.nastavnik.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.practices.PracticeEditing;
import ru.nastavnik.practices.PracticeShelf;
import ru.nastavnik.practices.Practices;
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
    Practices practices;

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

        for (String page : java.util.List.of(section, section + "/api/practices", "/o/" + area + "/nastavnichestvo")) {
            assertThat(read(page))
                    .as(page)
                    .contains(title, "Наставник и молодой учитель ведут урок вдвоём")
                    .doesNotContain("Лебедева")
                    .doesNotContain("Только предложена " + w.orgs().tag());
        }
        assertThat(proposed.id()).isNotEqualTo(practice.id());
    }

    private String read(String url) throws Exception {
        return mvc.perform(get(url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
