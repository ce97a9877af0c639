package ru.nastavnik.bank;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import ru.nastavnik.Fixtures;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The mentor bank's API query, bound as one record: each of its eight query parameters still narrows the list (or
 * turns its page), and a value that does not convert is a 400 naming that parameter in the API's error body.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BankApiQueryIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    Fixtures.World world;
    NastavnikPrincipal curator;
    String base;

    @BeforeEach
    void fourNamesakesEachFailingOneFilterAndOneLeaver() throws Exception {
        world = fixtures.world();
        curator = fixtures.user(Role.CURATOR, world.schoolA());
        base = "/api/v1/organisations/" + world.schoolA();
        mentor("Запросова", "discipline", 3, "TRAINED");
        mentor("Запросова", "parents", 3, "TRAINED");
        mentor("Запросова", "discipline", 3, "NOT_TRAINED");
        mentor("Запросова", "discipline", 1, "TRAINED");
        mentor("Другова", "discipline", 3, "TRAINED");
        String leaver = mentor("Ушедшева", "discipline", 3, "TRAINED");
        mvc.perform(post(base + "/mentors/" + leaver + "/leave")
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"Перевелась\"}"))
                .andExpect(status().isNoContent());
    }

    @Test
    void everyQueryParameterNarrowsTheListOrTurnsItsPage() throws Exception {
        mvc.perform(all())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.size").value(1))
                .andExpect(jsonPath("$.content[0].profile.fullName").value(containsString("Запросова")));
        // each filter left out in turn lets in exactly the one it kept out
        mvc.perform(all("competence", null))
                .andExpect(jsonPath("$.totalElements").value(2));
        mvc.perform(all("training", null)).andExpect(jsonPath("$.totalElements").value(2));
        mvc.perform(all("freeCapacity", null))
                .andExpect(jsonPath("$.totalElements").value(2));
        mvc.perform(all("q", null)).andExpect(jsonPath("$.totalElements").value(2));
        mvc.perform(all("subject", "физика"))
                .andExpect(jsonPath("$.totalElements").value(0));
        // without the words there are two: the second page of one holds the other
        mvc.perform(all("q", null, "page", "1"))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.totalElements").value(2))
                .andExpect(jsonPath("$.content.length()").value(1));
        mvc.perform(get(base + "/mentors").param("q", "ушедшева").with(user(curator)))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get(base + "/mentors")
                        .param("q", "ушедшева")
                        .param("includeLeft", "true")
                        .with(user(curator)))
                .andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(get(base + "/mentors").with(user(curator)))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(50))
                .andExpect(jsonPath("$.totalElements").value(5));
    }

    @Test
    void aValueThatDoesNotConvertIsABadRequestNamingItsParameter() throws Exception {
        for (String[] bad : new String[][] {
            {"training", "ОБУЧЕН"}, {"freeCapacity", "много"}, {"includeLeft", "может"}, {"page", "первая"}
        }) {
            mvc.perform(all(bad[0], bad[1]))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.status").value(400))
                    .andExpect(jsonPath("$.title").value("Неверный параметр запроса."))
                    .andExpect(jsonPath("$.errors[0].field").value(bad[0]))
                    .andExpect(jsonPath("$.errors[0].message")
                            .value("Параметр «" + bad[0] + "» отсутствует или имеет неверный формат."));
        }
    }

    /** Every parameter set to keep one of the four namesakes, but the one given (null: left out). */
    private MockHttpServletRequestBuilder all(String... replaced) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("competence", "discipline");
        query.put("subject", "математика");
        query.put("training", "TRAINED");
        query.put("freeCapacity", "2");
        query.put("q", "запросова");
        query.put("includeLeft", "false");
        query.put("page", "0");
        query.put("size", "1");
        for (int i = 0; i < replaced.length; i += 2) {
            query.put(replaced[i], replaced[i + 1]);
        }
        MockHttpServletRequestBuilder request = get(base + "/mentors").with(user(curator));
        query.forEach((name, value) -> {
            if (value != null) {
                request.param(name, value);
            }
        });
        return request;
    }

    private String mentor(String lastName, String competence, int capacity, String training) throws Exception {
        String person = fixtures.consentedTeacher(curator, world.schoolA(), lastName);
        mvc.perform(post(base + "/mentors")
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personId\":\"" + person + "\",\"competences\":[\"" + competence
                                + "\"],\"capacity\":" + capacity + ",\"trainingStatus\":\"" + training + "\"}"))
                .andExpect(status().is2xxSuccessful());
        return person;
    }
}
