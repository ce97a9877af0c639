package ru.nastavnik.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
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

/** Two curators editing one questionnaire: the second to save on what she read is told, and nothing is lost. */
@SpringBootTest
@AutoConfigureMockMvc
class QuestionnaireVersionIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    NastavnikPrincipal curator;
    String base;
    String url;

    @BeforeEach
    void setUp() throws Exception {
        Fixtures.World world = fixtures.world();
        curator = fixtures.user(Role.CURATOR, world.schoolA());
        base = "/api/v1/organisations/" + world.schoolA();
        String id = JsonPath.read(
                mvc.perform(post(base + "/questionnaires")
                                .with(user(curator))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"details\":{\"title\":\"Своя анкета\",\"purpose\":\"OTHER\"}}"))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        url = base + "/questionnaires/" + id;
    }

    @Test
    void aStaleEditIsRefusedAndAnEditWithoutAVersionIsAskedForIt() throws Exception {
        String read = etag();
        assertThat(read).matches("\"\\d+\"");
        String next = VersionedEdits.assertVersionedEdit(
                mvc,
                url,
                curator,
                tag -> VersionedEdits.ifMatch(put(url), tag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Анкета первой\",\"purpose\":\"OTHER\"}"),
                tag -> VersionedEdits.ifMatch(put(url), tag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Анкета второй\",\"purpose\":\"OTHER\"}"));
        mvc.perform(put(url + "/content")
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sections\":[]}"))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(put(url + "/content")
                        .with(user(curator))
                        .header("If-Match", read)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sections\":[]}"))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(get(url).with(user(curator))).andExpect(jsonPath("$.title").value("Анкета первой"));

        String afterContent = mvc.perform(put(url + "/content")
                        .with(user(curator))
                        .header("If-Match", next)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sections\":[{\"title\":\"Один\",\"questions\":[]}]}"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        assertThat(afterContent).isNotEqualTo(next).isEqualTo(etag());
    }

    @Test
    void aStaleDetailsFormKeepsHerInputAndShowsTheOtherValueBesideIt() throws Exception {
        String version = etag().replace("\"", "");
        String page = url.replace(base + "/questionnaires", "/survey/questionnaires");
        mvc.perform(get(page).with(user(curator)))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + version + "\"")));
        mvc.perform(put(url).with(user(curator))
                        .header("If-Match", etag())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Анкета первой\",\"purpose\":\"OTHER\",\"anonymous\":true}"))
                .andExpect(status().isOk());

        mvc.perform(post(page + "/details")
                        .with(user(curator))
                        .with(csrf())
                        .param("version", version)
                        .param("title", "Анкета второй")
                        .param("purpose", "OTHER")
                        .param("anonymous", "true"))
                .andExpect(VersionedEdits.staleFormKeeps("value=\"Анкета второй\"", "Анкета первой"))
                .andExpect(content().string(not(containsString("Сейчас сохранено: Да"))));
        mvc.perform(get(url).with(user(curator))).andExpect(jsonPath("$.title").value("Анкета первой"));

        mvc.perform(post(page + "/details")
                        .with(user(curator))
                        .with(csrf())
                        .param("version", etag().replace("\"", ""))
                        .param("title", "Анкета второй")
                        .param("purpose", "OTHER"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(url).with(user(curator))).andExpect(jsonPath("$.title").value("Анкета второй"));
    }

    private String etag() throws Exception {
        return VersionedEdits.etag(mvc, url, curator);
    }
}
