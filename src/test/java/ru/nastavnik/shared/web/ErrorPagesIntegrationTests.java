package ru.nastavnik.shared.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** A request a page cannot take is a Russian «Неверный запрос» with status 400, not a server error; the favicon is there. */
@SpringBootTest
@AutoConfigureMockMvc
class ErrorPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    NastavnikPrincipal curator;

    @BeforeEach
    void setUp() {
        curator = fixtures.user(Role.CURATOR, fixtures.world().schoolA());
    }

    @Test
    void aPageNumberThatIsNoNumberIsABadRequestPageNamingTheParameter() throws Exception {
        mvc.perform(get("/people/staff").param("page", "abc").with(user(curator)))
                .andExpect(status().isBadRequest())
                .andExpect(view().name("error"))
                .andExpect(content().string(containsString("Неверный запрос.")))
                .andExpect(content().string(containsString("Параметр «page» отсутствует или имеет неверный формат.")))
                .andExpect(content().string(not(containsString("Внутренняя ошибка"))))
                .andExpect(content().string(containsString("id=\"main-nav\"")));
    }

    @Test
    void aValueOutsideAListOfChoicesIsABadRequestPage() throws Exception {
        mvc.perform(get("/people/staff").param("category", "NO_SUCH_CATEGORY").with(user(curator)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Неверный запрос.")))
                .andExpect(content().string(containsString("«category»")));
    }

    @Test
    void aFormWithoutARequiredParameterIsABadRequestPage() throws Exception {
        mvc.perform(post("/people/staff")
                        .param("lastName", "Орлова")
                        .with(user(curator))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(view().name("error"))
                .andExpect(content().string(containsString("Неверный запрос.")))
                .andExpect(content().string(containsString("«organisation»")));
    }

    @Test
    void theApiStillAnswersABadParameterInItsJsonShape() throws Exception {
        mvc.perform(get("/api/v1/organisations/" + fixtures.world().schoolA() + "/audit")
                        .param("page", "abc")
                        .with(user(curator)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(content().string(containsString("\"status\":400")));
    }

    @Test
    void theFaviconIsServedToEveryoneAndNamedByEveryPage() throws Exception {
        mvc.perform(get("/favicon.ico"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("image/*"));
        String login = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
        // the icon's URL carries a hash of its content (cached for a year), and is public like the icon itself
        java.util.regex.Matcher icon = java.util.regex.Pattern.compile(
                        "<link rel=\"icon\" href=\"(/favicon(-[0-9a-f]{32})?\\.ico)\"")
                .matcher(login);
        org.assertj.core.api.Assertions.assertThat(icon.find()).isTrue();
        mvc.perform(get(icon.group(1))).andExpect(status().isOk());
    }
}
