package ru.nastavnik.practices;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** The practice's page tells the curator whether the school's public section shows it, and if not, why. */
@SpringBootTest
@AutoConfigureMockMvc
class PracticeOnSiteIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    PracticeShelf shelf;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aProposedPracticeIsNotOnTheSiteYetAndAnAcceptedOneWithItsConsentIs() throws Exception {
        Fixtures.World w = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, w.schoolA());
        PracticeShelf.Shelved proposed = shelf.proposed(w.schoolA(), "Наставник на час", "Короткие консультации");
        mvc.perform(get("/practices/" + proposed.id()).with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Появится на сайте школы, когда практика принята")));

        UUID shown = UUID.randomUUID();
        jdbc.update("""
                insert into practice (id, organisation_id, title, summary, source_kind, source_id, status, proposed_at,
                                      distribution_consent_on)
                values (?, ?, 'Открытые уроки', 'Кратко', 'PROGRAMME', ?, 'ACCEPTED', now(), current_date)""", shown, w.schoolA().value(), UUID.randomUUID());
        mvc.perform(get("/practices/" + shown).with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Показывается на сайте школы")));
    }
}
