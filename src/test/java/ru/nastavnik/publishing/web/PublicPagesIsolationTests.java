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

/**
 * The events page and the paged section show only the section's own organisations: a school's events page never
 * lists another school's events, and an area's filter given a school of another area shows its own schools only —
 * never the other one's news or events, from the cache or not; an unknown address is the section's 404.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PublicPagesIsolationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    PublicPageWorld worlds;

    @Autowired
    Listeners listeners;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void anotherSchoolsOrAnotherAreasEventsAndNewsAreNeverShown() throws Exception {
        PublicPageWorld.World w = worlds.create();
        PublicPageWorld.World foreign = worlds.create();
        worlds.heldEvent(
                w.curator(), w.orgs().schoolA(), "Своё мероприятие " + w.orgs().tag());
        worlds.heldEvent(
                w.otherCurator(),
                w.orgs().schoolB(),
                "Соседнее мероприятие " + w.orgs().tag());
        worlds.heldEvent(
                foreign.curator(),
                foreign.orgs().schoolA(),
                "Чужое мероприятие " + foreign.orgs().tag());
        worlds.published(foreign, "Чужая новость " + foreign.orgs().tag(), List.of());
        listeners.awaitCompletion();

        for (int read = 0; read < 2; read++) {
            assertThat(PublicPageWorld.read(mvc, w.section() + "/events"))
                    .contains("Своё мероприятие")
                    .doesNotContain("Соседнее мероприятие")
                    .doesNotContain("Чужое мероприятие");
            for (String page : List.of(
                    w.areaSection() + "?school=" + foreign.orgs().schoolA(),
                    w.areaSection() + "/events?school=" + foreign.orgs().schoolA(),
                    w.section() + "?school=" + w.orgs().schoolB())) {
                assertThat(PublicPageWorld.read(mvc, page))
                        .as(page)
                        .doesNotContain("Чужое мероприятие")
                        .doesNotContain("Чужая новость");
            }
        }
        mvc.perform(get("/o/no-such-section-here/nastavnichestvo/events")).andExpect(status().isNotFound());
    }

    @Test
    void theNewPagedListsNeverShowAnotherSchoolsOrAnotherAreasNewsOrPractices() throws Exception {
        PublicPageWorld.World w = worlds.create();
        PublicPageWorld.World foreign = worlds.create();
        worlds.published(foreign, "Чужая новость " + foreign.orgs().tag(), List.of());
        worlds.published(w, "Своя новость " + w.orgs().tag(), List.of());
        jdbc.update(
                """
                insert into practice (id, organisation_id, title, summary, source_kind, source_id, status, proposed_at,
                                      distribution_consent_on)
                values (?, ?, ?, 'Кратко', 'PROGRAMME', ?, 'ACCEPTED', now(), current_date)""",
                java.util.UUID.randomUUID(),
                foreign.orgs().schoolA().value(),
                "Чужая практика " + foreign.orgs().tag(),
                java.util.UUID.randomUUID());
        listeners.awaitCompletion();

        String foreignSchool = "?school=" + foreign.orgs().schoolA();
        for (int read = 0; read < 2; read++) {
            for (String page : List.of(
                    w.areaSection() + "/practices" + foreignSchool,
                    w.areaSection() + "/documents" + foreignSchool,
                    w.areaSection() + "/dlya-slabovidyashchih" + foreignSchool,
                    w.areaSection() + "/api/publications" + foreignSchool,
                    w.areaSection() + "/api/practices" + foreignSchool,
                    w.areaSection() + "/api/events" + foreignSchool,
                    w.section() + "/dlya-slabovidyashchih?school="
                            + foreign.orgs().schoolA(),
                    w.section() + "/api/publications?school=" + foreign.orgs().schoolA())) {
                assertThat(PublicPageWorld.read(mvc, page))
                        .as(page)
                        .doesNotContain("Чужая новость")
                        .doesNotContain("Чужая практика");
            }
            assertThat(PublicPageWorld.read(mvc, w.areaSection() + "/api/publications" + foreignSchool))
                    .as("another area's school in the filter: the whole own area")
                    .contains("Своя новость " + w.orgs().tag());
        }
        for (String list : List.of("/practices", "/documents", "/dlya-slabovidyashchih", "/api/publications")) {
            mvc.perform(get("/o/no-such-section-here/nastavnichestvo" + list)).andExpect(status().isNotFound());
        }
    }
}
