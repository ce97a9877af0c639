package ru.nastavnik.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import ru.nastavnik.Fixtures;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

@SpringBootTest
@AutoConfigureMockMvc
class SignInIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    FailedSignIns failedSignIns;

    @Autowired
    JdbcTemplate jdbc;

    NastavnikPrincipal curator;

    @BeforeEach
    void setUp() {
        curator = fixtures.user(Role.CURATOR, fixtures.world().schoolA());
    }

    @Test
    void aUserSignsInWithTheFormAndOut() throws Exception {
        mvc.perform(formLogin("/login").user(curator.getUsername()).password(Fixtures.PASSWORD))
                .andExpect(redirectedUrl("/"));
        mvc.perform(formLogin("/login").user(curator.getUsername()).password("wrong"))
                .andExpect(redirectedUrl("/login?error=bad"));
    }

    @Test
    void aFloodOfWrongPasswordsFromElsewhereDoesNotKeepHerOutOfHerUsualPlace() throws Exception {
        mvc.perform(signIn(curator.getUsername(), Fixtures.PASSWORD, "10.20.0.1"))
                .andExpect(redirectedUrl("/"));
        for (int i = 0; i < 40; i++) {
            mvc.perform(signIn(curator.getUsername(), "guess-" + i, "203.0.113." + (i % 4)))
                    .andExpect(header().string("Location", Matchers.oneOf("/login?error=bad", "/login?error=wait")));
        }
        mvc.perform(signIn(curator.getUsername(), Fixtures.PASSWORD, "203.0.113.1"))
                .andExpect(redirectedUrl("/login?error=wait"));
        mvc.perform(signIn(curator.getUsername(), Fixtures.PASSWORD, "10.20.0.1"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void anUnknownLoginIsAnsweredExactlyLikeAKnownOne() throws Exception {
        String unknown = "nobody-" + curator.getUsername();
        for (String login : new String[] {curator.getUsername(), unknown}) {
            for (int i = 0; i < LoginThrottle.FREE_PER_ACCOUNT_AND_ADDRESS; i++) {
                mvc.perform(signIn(login, "guess-" + i, "198.51.100.7")).andExpect(redirectedUrl("/login?error=bad"));
            }
            mvc.perform(signIn(login, "guess", "198.51.100.7")).andExpect(redirectedUrl("/login?error=wait"));
        }
    }

    @Test
    void throttledBasicAuthOnTheApiIsA429InRussian() throws Exception {
        for (int i = 0; i < LoginThrottle.FREE_PER_ACCOUNT_AND_ADDRESS; i++) {
            mvc.perform(get("/api/v1/organisations")
                            .with(httpBasic(curator.getUsername(), "guess-" + i))
                            .with(from("198.51.100.8")))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/organisations")
                        .with(httpBasic(curator.getUsername(), Fixtures.PASSWORD))
                        .with(from("198.51.100.8")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.title").value(Matchers.containsString("Подождите")));
    }

    @Test
    void repeatedFailuresAreOneAuditEntryWithTheirCount() throws Exception {
        failedSignIns.flush();
        for (int i = 0; i < 4; i++) {
            mvc.perform(signIn(curator.getUsername(), "guess-" + i, "192.0.2.1"))
                    .andExpect(redirectedUrl("/login?error=bad"));
        }
        mvc.perform(get("/api/v1/organisations")
                        .with(httpBasic(curator.getUsername(), "guess"))
                        .with(from("192.0.2.2")))
                .andExpect(status().isUnauthorized());
        failedSignIns.flush();
        assertThat(jdbc.queryForList(
                        "select details from audit_entry where action = 'LOGIN_FAILED' and details like ?",
                        String.class,
                        "%«" + curator.getUsername() + "»%"))
                .singleElement()
                .asString()
                .contains(": 5 ")
                .contains("192.0.2.1, 192.0.2.2");
    }

    @Test
    void aPersonalTokenOpensTheApiUntilRevoked() throws Exception {
        String issued = mvc.perform(post("/api/v1/tokens")
                        .with(httpBasic(curator.getUsername(), Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"скрипт отчётов\",\"validDays\":30}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String secret = JsonPath.read(issued, "$.secret");
        String id = JsonPath.read(issued, "$.token.id");

        mvc.perform(get("/api/v1/organisations").header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/tokens").header("Authorization", "Bearer " + secret))
                .andExpect(jsonPath("$[0].name").value("скрипт отчётов"))
                .andExpect(jsonPath("$[0].secret").doesNotExist());
        mvc.perform(delete("/api/v1/tokens/" + id).header("Authorization", "Bearer " + secret))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/organisations").header("Authorization", "Bearer " + secret))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/organisations").header("Authorization", "Bearer nst_forged"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aUserChangesTheirOwnPassword() throws Exception {
        mvc.perform(post("/organisation/profile/password")
                        .with(user(curator))
                        .with(csrf())
                        .param("currentPassword", Fixtures.PASSWORD)
                        .param("newPassword", "new-strong-password")
                        .param("repeatPassword", "new-strong-password"))
                .andExpect(redirectedUrl("/organisation/profile"));
        mvc.perform(get("/api/v1/organisations").with(httpBasic(curator.getUsername(), Fixtures.PASSWORD)))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/organisations").with(httpBasic(curator.getUsername(), "new-strong-password")))
                .andExpect(status().isOk());
    }

    @Test
    void aWrongCurrentPasswordOrAWeakNewOneIsRefusedOnTheForm() throws Exception {
        mvc.perform(post("/organisation/profile/password")
                        .with(user(curator))
                        .with(csrf())
                        .param("currentPassword", "wrong")
                        .param("newPassword", "new-strong-password")
                        .param("repeatPassword", "new-strong-password"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("passwordForm", "currentPassword"));
        mvc.perform(post("/organisation/profile/password")
                        .with(user(curator))
                        .with(csrf())
                        .param("currentPassword", Fixtures.PASSWORD)
                        .param("newPassword", "short")
                        .param("repeatPassword", "short"))
                .andExpect(model().attributeHasFieldErrors("passwordForm", "newPassword"));
    }

    private static MockHttpServletRequestBuilder signIn(String username, String password, String address) {
        return post("/login")
                .param("username", username)
                .param("password", password)
                .with(csrf())
                .with(from(address));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void browserPostsWithoutACsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/organisation/profile/password")
                        .with(user(curator))
                        .param("currentPassword", Fixtures.PASSWORD)
                        .param("newPassword", "new-strong-password")
                        .param("repeatPassword", "new-strong-password"))
                .andExpect(status().isForbidden());
    }
}
