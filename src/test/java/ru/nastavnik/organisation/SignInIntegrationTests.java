package ru.nastavnik.organisation;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

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
    void fiveFailedAttemptsLockTheAccountEvenForTheRightPassword() throws Exception {
        for (int i = 0; i < User.MAX_FAILED_LOGINS; i++) {
            mvc.perform(formLogin("/login").user(curator.getUsername()).password("guess-" + i))
                    .andExpect(redirectedUrl("/login?error=bad"));
        }
        mvc.perform(formLogin("/login").user(curator.getUsername()).password(Fixtures.PASSWORD))
                .andExpect(redirectedUrl("/login?error=locked"));
        mvc.perform(get("/api/v1/organisations").with(httpBasic(curator.getUsername(), Fixtures.PASSWORD)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value(Matchers.containsString("заблокирован")));
    }

    @Test
    void aPersonalTokenOpensTheApiUntilRevoked() throws Exception {
        String issued = mvc.perform(post("/api/v1/tokens").with(httpBasic(curator.getUsername(), Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"скрипт отчётов\",\"validDays\":30}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
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
        mvc.perform(post("/organisation/profile/password").with(user(curator)).with(csrf())
                        .param("currentPassword", Fixtures.PASSWORD).param("newPassword", "new-strong-password")
                        .param("repeatPassword", "new-strong-password"))
                .andExpect(redirectedUrl("/organisation/profile"));
        mvc.perform(get("/api/v1/organisations").with(httpBasic(curator.getUsername(), Fixtures.PASSWORD)))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/organisations").with(httpBasic(curator.getUsername(), "new-strong-password")))
                .andExpect(status().isOk());
    }

    @Test
    void aWrongCurrentPasswordOrAWeakNewOneIsRefusedOnTheForm() throws Exception {
        mvc.perform(post("/organisation/profile/password").with(user(curator)).with(csrf())
                        .param("currentPassword", "wrong").param("newPassword", "new-strong-password")
                        .param("repeatPassword", "new-strong-password"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("passwordForm", "currentPassword"));
        mvc.perform(post("/organisation/profile/password").with(user(curator)).with(csrf())
                        .param("currentPassword", Fixtures.PASSWORD).param("newPassword", "short")
                        .param("repeatPassword", "short"))
                .andExpect(model().attributeHasFieldErrors("passwordForm", "newPassword"));
    }

    @Test
    void browserPostsWithoutACsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/organisation/profile/password").with(user(curator))
                        .param("currentPassword", Fixtures.PASSWORD).param("newPassword", "new-strong-password")
                        .param("repeatPassword", "new-strong-password"))
                .andExpect(status().isForbidden());
    }
}
