package ru.nastavnik.mentorship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.bank.MentoringForms;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The forms of mentoring are the school's own setting: its Regulation lists them, and forming a pair offers them.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RegulationFormsIntegrationTests {

    private static final String OWN = "«учитель – молодой специалист»";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    Fixtures.World world;
    NastavnikPrincipal curator;
    String base;

    @BeforeEach
    void setUp() {
        world = fixtures.world();
        curator = fixtures.user(Role.CURATOR, world.schoolA());
        base = "/api/v1/organisations/" + world.schoolA() + "/mentoring-forms";
    }

    @Test
    void theRegulationListsTheFormsTheSchoolChoseAndNoOthers() throws Exception {
        mvc.perform(get(base).with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.forms.length()").value(MentoringForms.DEFAULTS.size()));
        mvc.perform(put(base)
                        .with(user(curator))
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"forms\":[\"традиционная (один на один)\",\" " + OWN
                                + " \",\"ТРАДИЦИОННАЯ  (один на один)\",\"\"]}"))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.forms.length()").value(2))
                .andExpect(jsonPath("$.forms[1]").value(OWN));

        String regulation = DocumentWordingTestsAccess.text(mvc.perform(get("/api/v1/organisations/" + world.schoolA()
                                        + "/regulation/documents/regulation.docx")
                                .with(user(curator)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray())
                .replaceAll("\\s+", " ");
        assertThat(regulation).contains("традиционная (один на один), " + OWN).doesNotContain("реверсивная");

        mvc.perform(get("/mentorship/pairs/new")
                        .param("organisation", world.schoolA().toString())
                        .with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(OWN)))
                .andExpect(content().string(not(containsString("реверсивная"))));
    }

    @Test
    void aStaleOrEmptyChoiceIsRefusedAndChangesNothing() throws Exception {
        mvc.perform(put(base)
                        .with(user(curator))
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"forms\":[\" \"]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("хотя бы одну форму")));
        mvc.perform(put(base)
                        .with(user(curator))
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"forms\":[\"групповая\"]}"))
                .andExpect(status().isOk());
        mvc.perform(put(base)
                        .with(user(curator))
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"forms\":[\"реверсивная\"]}"))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(get(base).with(user(curator)))
                .andExpect(jsonPath("$.forms[0]").value("групповая"))
                .andExpect(jsonPath("$.forms.length()").value(1));
    }

    @Test
    void theCuratorTicksTheUsualFormsAndTypesHerOwnOnTheBankPage() throws Exception {
        mvc.perform(post("/bank/settings/forms")
                        .with(user(curator))
                        .with(csrf())
                        .param("organisation", world.schoolA().toString())
                        .param("version", "0")
                        .param("form", "групповая", "реверсивная")
                        .param("own", OWN + "\r\n\r\nситуационная"))
                .andExpect(redirectedUrl("/bank/mentors?organisation=" + world.schoolA() + "#regulation-forms"));
        mvc.perform(get(base).with(user(curator)))
                .andExpect(jsonPath("$.forms.length()").value(4))
                .andExpect(jsonPath("$.forms[2]").value(OWN));
        mvc.perform(get("/bank/mentors")
                        .param("organisation", world.schoolA().toString())
                        .with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"regulation-forms\"")));
    }
}
