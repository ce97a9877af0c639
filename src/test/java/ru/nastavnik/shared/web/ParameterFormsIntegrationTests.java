package ru.nastavnik.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import ru.nastavnik.Fixtures;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Handlers whose long parameter lists became form records bind as before: the fields by the template's names, a
 * number that is not one a bad request naming it, and a refused input's fields carried back to the form.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ParameterFormsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Test
    void refusedMonitoringThresholdsComeBackAsTyped() throws Exception {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());

        MvcResult refused = mvc.perform(post("/monitoring/settings")
                        .with(user(curator))
                        .with(csrf())
                        .param("organisation", world.schoolA().toString())
                        .param("youngMaxAge", "35")
                        .param("youngMaxTeachingYears", "3")
                        .param("quietDays", "30")
                        .param("escalationDays", "0"))
                .andExpect(status().is3xxRedirection())
                .andReturn();

        assertThat(refused.getFlashMap().get("flashError")).isNotNull();
        TypedInput typed = (TypedInput) refused.getFlashMap().get("typedInput");
        assertThat(typed.values())
                .containsEntry("youngMaxAge", List.of("35"))
                .containsEntry("quietDays", List.of("30"))
                .containsEntry("escalationDays", List.of("0"));
    }

    @Test
    void aPageOfIndicatorsThatIsNotANumberIsABadRequestNamingIt() throws Exception {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());

        mvc.perform(get("/monitoring/indicators")
                        .param("organisation", world.schoolA().toString())
                        .param("page", "вторая")
                        .with(user(curator)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("«page»")));
    }

    @Test
    void theLibrarysSearchTooLongIsShownOnTheLibraryWithTheWordsKept() throws Exception {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal methodologist = fixtures.user(Role.MUNICIPAL_METHODOLOGIST, world.municipality());
        String words = "наставничество ".repeat(20);

        MvcResult page = mvc.perform(get("/practices/library")
                        .param("organisation", world.municipality().toString())
                        .param("q", words)
                        .with(user(methodologist)))
                .andExpect(status().isOk())
                .andReturn();

        assertThat(page.getModelAndView().getModel().get("entries")).isEqualTo(List.of());
        assertThat(page.getModelAndView().getModel().get("q")).isEqualTo(words);
        assertThat(page.getModelAndView().getModel().get("refusal"))
                .isInstanceOfSatisfying(
                        ru.nastavnik.shared.InvalidInputException.Problem.class,
                        p -> assertThat(p.messageKey()).isEqualTo("practice.library.words.tooLong"));
    }
}
