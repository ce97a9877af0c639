package ru.nastavnik.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import ru.nastavnik.Fixtures;
import ru.nastavnik.SessionCookie;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** A refused form's page carries what was typed into it (a JSON data block), never the password or CSRF token. */
@SpringBootTest
@AutoConfigureMockMvc
class TypedInputIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Test
    void theRefusedTopicComesBackToTheBankPageAsTyped() throws Exception {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());
        String tooLong = "Очень длинная тема ".repeat(15);
        SessionCookie browser = new SessionCookie();
        MvcResult refused = mvc.perform(post("/bank/topics")
                        .with(user(curator))
                        .with(csrf())
                        .with(browser)
                        .param("organisation", world.schoolA().toString())
                        .param("title", tooLong))
                .andDo(browser)
                .andReturn();
        assertThat(refused.getFlashMap().get("typedInput")).isInstanceOf(TypedInput.class);

        // the browser follows the redirect with its session cookie
        String page = mvc.perform(get(refused.getResponse().getRedirectedUrl())
                        .with(user(curator))
                        .with(browser))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String block = page.substring(page.indexOf("id=\"typed-input\""));
        block = block.substring(0, block.indexOf("</script>"));
        assertThat(block)
                .contains("\"action\":\"\\/bank\\/topics\"")
                .contains("\\u041E\\u0447\\u0435\\u043D\\u044C") // «Очень», escaped as JavaScript
                .contains("\"refused\":[\"title\"]")
                .doesNotContain("_csrf");
    }
}
