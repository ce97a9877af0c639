package ru.nastavnik.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import ru.nastavnik.Fixtures;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The section's overdue-mark setting (the settings page's form and {@code …/public-section-settings}) with another
 * school's curator, the school's own mentor, another territory's methodologist and the school's own municipality's
 * methodologist (she keeps the municipality's section, not the school's): 404, and nothing changed, nothing audited.
 * Anonymously: refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PublicSectionSettingsIsolationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    PublishingWorld worlds;

    @Autowired
    PublicSites sites;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void nobodyButTheSectionsKeepersReadsOrChangesTheOverdueMarkSetting() throws Exception {
        PublishingWorld.World w = worlds.create();
        String a = w.school().toString();
        String api = "/api/v1/organisations/" + a + "/public-section-settings";
        long audited = audited(w);
        NastavnikPrincipal mentor = fixtures.user(Role.MENTOR, w.school());
        NastavnikPrincipal otherTerritory =
                fixtures.user(Role.MUNICIPAL_METHODOLOGIST, fixtures.world().municipality());
        for (NastavnikPrincipal stranger : List.of(w.otherCurator(), mentor, otherTerritory, worlds.methodologist(w))) {
            List<MockHttpServletRequestBuilder> requests = List.of(
                    get("/publishing/site").param("organisation", a),
                    post("/publishing/site/overdue")
                            .param("organisation", a)
                            .param("showOverdue", "true")
                            .with(csrf()),
                    get(api),
                    put(api).contentType(MediaType.APPLICATION_JSON).content("{\"showOverdue\":true}"));
            for (MockHttpServletRequestBuilder request : requests) {
                mvc.perform(request.with(user(stranger))).andExpect(status().isNotFound());
            }
        }
        assertThat(sites.showsOverdue(w.curator(), w.school())).contains(false);
        assertThat(audited(w)).isEqualTo(audited);

        // another school's curator naming her own school changes only her own school's section
        sites.choose(
                w.otherCurator(), w.orgs().schoolB(), "school-b-" + w.orgs().tag());
        mvc.perform(post("/publishing/site/overdue")
                        .param("organisation", w.orgs().schoolB().toString())
                        .param("showOverdue", "true")
                        .with(csrf())
                        .with(user(w.otherCurator())))
                .andExpect(status().is3xxRedirection());
        assertThat(sites.showsOverdue(w.otherCurator(), w.orgs().schoolB())).contains(true);
        assertThat(sites.showsOverdue(w.curator(), w.school())).contains(false);

        // anonymously: nothing is read or changed
        mvc.perform(get(api)).andExpect(status().is4xxClientError());
        mvc.perform(put(api).contentType(MediaType.APPLICATION_JSON).content("{\"showOverdue\":true}"))
                .andExpect(status().is4xxClientError());
        mvc.perform(post("/publishing/site/overdue").param("organisation", a).param("showOverdue", "true"))
                .andExpect(status().is4xxClientError());
        assertThat(sites.showsOverdue(w.curator(), w.school())).contains(false);
        assertThat(audited(w)).isEqualTo(audited);
    }

    private long audited(PublishingWorld.World w) {
        return jdbc.queryForObject(
                "select count(*) from audit_entry where organisation_id = ? and subject_type = 'PublicSite'",
                Long.class,
                w.school().value());
    }
}
