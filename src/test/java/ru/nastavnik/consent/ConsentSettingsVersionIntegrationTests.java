package ru.nastavnik.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.VersionedEdits;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** Two curators set the retention term: the second to save on what she read is told, and nothing is lost. */
@SpringBootTest
@AutoConfigureMockMvc
class ConsentSettingsVersionIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    NastavnikPrincipal curator;
    String organisation;
    String url;

    @BeforeEach
    void setUp() {
        Fixtures.World world = fixtures.world();
        curator = fixtures.user(Role.CURATOR, world.schoolA());
        organisation = world.schoolA().toString();
        url = "/api/v1/organisations/" + organisation + "/consents/settings";
    }

    @Test
    void aStaleEditIsRefusedAndAnEditWithoutAVersionIsAskedForIt() throws Exception {
        assertThat(etag()).isEqualTo("\"0\"");
        String next = VersionedEdits.assertVersionedEdit(
                mvc,
                url,
                curator,
                tag -> VersionedEdits.ifMatch(put(url), tag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"retentionDays\":10}"),
                tag -> VersionedEdits.ifMatch(put(url), tag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"retentionDays\":60}"));
        mvc.perform(get(url).with(user(curator)))
                .andExpect(jsonPath("$.retentionDays").value(10));
        String after = mvc.perform(put(url).with(user(curator))
                        .header("If-Match", next)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"retentionDays\":60}"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        assertThat(after).isNotEqualTo(next);
    }

    @Test
    void aStaleSettingsFormKeepsHerInputAndShowsTheOtherValueBesideIt() throws Exception {
        mvc.perform(get("/consent/consents").param("organisation", organisation).with(user(curator)))
                .andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
        mvc.perform(put(url).with(user(curator))
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"retentionDays\":10}"))
                .andExpect(status().isOk());
        mvc.perform(post("/consent/settings")
                        .with(user(curator))
                        .with(csrf())
                        .param("organisation", organisation)
                        .param("version", "0")
                        .param("retentionDays", "45"))
                .andExpect(VersionedEdits.staleFormKeeps("value=\"45\"", "10"));
        mvc.perform(get(url).with(user(curator)))
                .andExpect(jsonPath("$.retentionDays").value(10));
    }

    private String etag() throws Exception {
        return VersionedEdits.etag(mvc, url, curator);
    }
}
