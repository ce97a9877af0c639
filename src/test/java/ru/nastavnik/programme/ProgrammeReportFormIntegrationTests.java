package ru.nastavnik.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.VersionedEdits;
import ru.nastavnik.mentorship.ProgrammeFixtures;
import ru.nastavnik.mentorship.internal.DocumentWordingTests;

/** The plan's «Форма отчётности»: kept with the activity, returned by the API, shown on the page, printed. */
@SpringBootTest
@AutoConfigureMockMvc
class ProgrammeReportFormIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProgrammeFixtures fixtures;

    @Test
    void anActivitysReportFormIsSavedReturnedShownAndPrintedInThePlanTable() throws Exception {
        ProgrammeFixtures.ActivePair pair = fixtures.activePair(List.of("exams"));
        String created = mvc.perform(post("/api/v1/mentorships/" + pair.mentorship() + "/programme")
                        .with(user(pair.curator())))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String programme = JsonPath.read(created, "$.id");
        String due = JsonPath.read(created, "$.endsOn");
        String url = "/api/v1/programmes/" + programme;

        String added = mvc.perform(post(url + "/activities")
                        .with(user(pair.mentor()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Открытый урок по теме «Дроби»\",\"dueOn\":\"" + due
                                + "\",\"reportForm\":\"  технологическая карта урока \"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.activities[?(@.title == 'Открытый урок по теме «Дроби»')].reportForm")
                        .value("технологическая карта урока"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String activity = JsonPath.<List<String>>read(
                        added, "$.activities[?(@.title == 'Открытый урок по теме «Дроби»')].id")
                .get(0);
        mvc.perform(get(url).with(user(pair.mentee())))
                .andExpect(jsonPath("$.programme.activities[?(@.id == '" + activity + "')].reportForm")
                        .value("технологическая карта урока"));

        mvc.perform(post("/mentorship/programmes/" + programme + "/activities/" + activity)
                        .with(user(pair.mentor()))
                        .with(csrf())
                        .param("version", VersionedEdits.version(mvc, url, pair.mentor()))
                        .param("title", "Открытый урок по теме «Дроби»")
                        .param("dueOn", due)
                        .param("responsible", "MENTEE")
                        .param("reportForm", "конспект урока"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/mentorship/programmes/" + programme).with(user(pair.mentor())))
                .andExpect(content().string(containsString("Форма отчётности")))
                .andExpect(content()
                        .string(containsString("name=\"reportForm\" maxlength=\"300\" value=\"конспект урока\"")));

        String document =
                DocumentWordingTests.text(mvc.perform(get(url + "/document").with(user(pair.curator())))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray());
        // the header's long words carry soft hyphens (U+00AD), where they may break in a narrow column
        assertThat(document.replace("\u00ad", ""))
                .contains(
                        "Ожидаемый результат\tФорма отчётности\tОтметка о выполнении",
                        "\tконспект урока\t",
                        "\tплан подготовки к ГИА\t");
    }

    @Test
    void aReportFormTooLongIsRefusedNamingTheFieldAndChangesNothing() throws Exception {
        ProgrammeFixtures.ActivePair pair = fixtures.activePair(List.of("exams"));
        String created = mvc.perform(post("/api/v1/mentorships/" + pair.mentorship() + "/programme")
                        .with(user(pair.curator())))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String url = "/api/v1/programmes/" + JsonPath.read(created, "$.id");
        int activities = JsonPath.<List<?>>read(created, "$.activities").size();

        mvc.perform(post(url + "/activities")
                        .with(user(pair.mentor()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Урок\",\"dueOn\":\"" + JsonPath.read(created, "$.endsOn")
                                + "\",\"reportForm\":\"" + "о".repeat(301) + "\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("reportForm"))
                .andExpect(jsonPath("$.errors[0].message").value("Форма отчётности мероприятия длиннее 300 знаков."));
        mvc.perform(get(url).with(user(pair.mentor())))
                .andExpect(jsonPath("$.programme.activities.length()").value(activities));
    }
}
