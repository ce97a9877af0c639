package ru.nastavnik.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Collections;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.UnsafeText;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The rules every input passes before any service sees it, found by the hostile values walk
 * ({@code HostileValuesWalkIntegrationTests}) as server errors: a {@code null} inside a JSON list (a service iterating
 * it failed), a list of ten thousand and one (worked through one by one for seconds), a date past year 9999 (an age
 * overflowed, PostgreSQL refused a deadline), a NUL in a text field of a form sent with a file, a text of a hundred
 * thousand and one characters (stored as sent). Each is a 400 in
 * Russian naming what is wrong, and nothing is stored.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HostileInputIntegrationTests {

    private static final String TEACHER = """
            {"lastName":"Кузнецова","firstName":"Анна","middleName":"Сергеевна","gender":"FEMALE",
             "birthDate":"1990-05-17","positions":["учитель"]}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    Fixtures.World world;
    NastavnikPrincipal curator;

    @BeforeEach
    void setUp() {
        world = fixtures.world();
        curator = fixtures.user(Role.CURATOR, world.schoolA());
    }

    @Test
    void aNullInsideAJsonListIsABadRequestNamingTheList() throws Exception {
        mvc.perform(post("/api/v1/organisations/" + world.schoolA() + "/consents/requests")
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"purpose\":\"PUBLICATION\",\"personIds\":[null]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("personIds"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("пустой элемент")));
    }

    @Test
    void aJsonListOfMoreThanTenThousandIsRefusedBeforeAnyServiceWorksThroughIt() throws Exception {
        String person = "\"" + java.util.UUID.randomUUID() + "\"";
        String ids = String.join(",", Collections.nCopies(SafeTextJson.LONGEST_LIST + 1, person));
        mvc.perform(post("/api/v1/organisations/" + world.schoolA() + "/consents/requests")
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"purpose\":\"PUBLICATION\",\"personIds\":[" + ids + "]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("personIds"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("больше 10 000")));
    }

    @Test
    void aDatePastYear9999IsABadRequestInTheApiAndOnAFormAndNoOneIsStored() throws Exception {
        long staff = staffOf();
        mvc.perform(post("/api/v1/organisations/" + world.schoolA() + "/staff")
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(TEACHER.replace("1990-05-17", "+999999999-12-31")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("birthDate"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("от 1 до 9999")));
        // ISO, and the Russian form the page's own form reads in its locale, where a year of any length parses
        for (String far : new String[] {"+10000-01-01", "31.12.999999999"}) {
            mvc.perform(post("/people/staff")
                            .param("organisation", world.schoolA().toString())
                            .param("lastName", "Кузнецова")
                            .param("firstName", "Анна")
                            .param("birthDate", far)
                            .with(user(curator))
                            .with(csrf()))
                    .andExpect(status().isBadRequest())
                    .andExpect(status().reason(containsString("«birthDate»")));
        }
        assertThat(staffOf()).isEqualTo(staff);
    }

    @Test
    void aNulInATextFieldOfAFormSentWithAFileIsABadRequestAndNothingIsStored() throws Exception {
        long courses = jdbc.queryForObject("select count(*) from training_course", Long.class);
        mvc.perform(multipart("/training/courses")
                        .file(new MockMultipartFile("certificate", "cert.pdf", "application/pdf", new byte[] {1}))
                        .param("provider", "ИРО")
                        .param("title", "Курс\u0000наставника")
                        .param("hours", "36")
                        .with(user(curator))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(status().reason(containsString("«title»")));
        assertThat(jdbc.queryForObject("select count(*) from training_course", Long.class))
                .isEqualTo(courses);
    }

    @Test
    void aTextLongerThanAHundredThousandCharactersIsABadRequestInTheApiAndOnAFormAndNoOneIsStored() throws Exception {
        long staff = staffOf();
        String longer = "Я".repeat(UnsafeText.LONGEST + 1);
        mvc.perform(post("/api/v1/organisations/" + world.schoolA() + "/staff")
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(TEACHER.replace("Кузнецова", longer)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("lastName"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("длиннее 100 000 знаков")));
        mvc.perform(post("/people/staff")
                        .param("organisation", world.schoolA().toString())
                        .param("lastName", longer)
                        .param("firstName", "Анна")
                        .with(user(curator))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(status().reason(containsString("«lastName» длиннее 100 000 знаков")));
        assertThat(staffOf()).isEqualTo(staff);
    }

    private long staffOf() {
        return jdbc.queryForObject(
                "select count(*) from person where organisation_id = ?",
                Long.class,
                world.schoolA().value());
    }
}
