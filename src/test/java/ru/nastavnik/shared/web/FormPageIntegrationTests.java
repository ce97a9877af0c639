package ru.nastavnik.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import ru.nastavnik.Fixtures;
import ru.nastavnik.mentorship.ProgrammeFixtures;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Each kind of page that {@link FormPage} and {@link PageRefusal} serve, refusing: the form comes back rendered with
 * what she typed (no redirect), the problems beside it, and nothing saved.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FormPageIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ProgrammeFixtures programmes;

    @Test
    void aRefusedStaffCardIsRenderedAgainWithWhatWasTypedAndTheProblemOnItsField() throws Exception {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());

        MvcResult refused = mvc.perform(post("/people/staff")
                        .with(user(curator))
                        .with(csrf())
                        .param("organisation", world.schoolA().toString())
                        .param("lastName", "Вершинина")
                        .param("firstName", "Злата")
                        .param("positions", "учитель астрономии"))
                .andExpect(status().isOk())
                .andExpect(view().name("people/staff-form"))
                .andReturn();

        String page = refused.getResponse().getContentAsString();
        assertThat(page)
                .contains("value=\"Вершинина\"")
                .contains("value=\"Злата\"")
                .contains("учитель астрономии")
                .contains("Укажите пол (нужен для склонения ФИО в документах).")
                .contains("id=\"typed-input\"");
        assertThat(refused.getModelAndView().getModel().get("typedInput"))
                .isInstanceOfSatisfying(
                        TypedInput.class, typed -> assertThat(typed.refused()).containsExactly("gender"));
        String list = mvc.perform(get("/people/staff")
                        .param("organisation", world.schoolA().toString())
                        .with(user(curator)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).doesNotContain("Вершинина");
    }

    @Test
    void aRefusedProgrammeTemplateListsItsProblemsAboveTheRowsAsTyped() throws Exception {
        ProgrammeFixtures.ActivePair pair = programmes.activePair(List.of("parents"));
        String org = pair.school().toString();

        String page = mvc.perform(post("/mentorship/programme-templates/ON_REQUEST")
                        .param("organisation", org)
                        .param("version", "0")
                        .param("goal", "Рост по запросу наставляемой")
                        .param("activities[0].title", "Знакомство с лабораторией")
                        .param("activities[0].timing", "START")
                        .param("activities[0].form", "ф".repeat(201))
                        .with(user(pair.curator()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("programme/programme-template-form"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("id=\"template-problems\"")
                .contains("Рост по запросу наставляемой")
                .contains("Знакомство с лабораторией")
                .contains("id=\"typed-input\"");
        mvc.perform(get("/api/v1/organisations/" + org + "/programme-templates/ON_REQUEST")
                        .with(user(pair.curator())))
                .andExpect(jsonPath("$.edited").value(false));
    }

    @Test
    void aBadPeriodIsShownOnTheDashboardWhichShowsTheYearInstead() throws Exception {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());

        MvcResult page = mvc.perform(get("/monitoring/dashboard")
                        .param("organisation", world.schoolA().toString())
                        .param("from", "2025-13-45")
                        .with(user(curator)))
                .andExpect(status().isOk())
                .andReturn();

        assertThat(page.getModelAndView().getModel().get("periodError"))
                .isInstanceOf(ru.nastavnik.shared.InvalidInputException.Problem.class);
        assertThat(page.getModelAndView().getModel().get("dashboard")).isNotNull();
    }
}
