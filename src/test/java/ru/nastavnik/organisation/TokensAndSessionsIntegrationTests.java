package ru.nastavnik.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.Instant;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.SessionCookie;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

@SpringBootTest
@AutoConfigureMockMvc
class TokensAndSessionsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    Fixtures.World world;
    NastavnikPrincipal curator;
    NastavnikPrincipal director;

    @BeforeEach
    void setUp() {
        world = fixtures.world();
        curator = fixtures.user(Role.CURATOR, world.schoolA());
        director = fixtures.user(Role.DIRECTOR, world.schoolA());
    }

    @Test
    void aTokenCannotIssueAnotherToken() throws Exception {
        String secret = JsonPath.read(issue("{\"name\":\"скрипт\",\"validDays\":30}"), "$.secret");
        mvc.perform(post("/api/v1/tokens")
                        .header("Authorization", "Bearer " + secret)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"дочерний\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value(Matchers.containsString("вошедший по паролю")));
        mvc.perform(get("/api/v1/tokens").header("Authorization", "Bearer " + secret))
                .andExpect(jsonPath("$.length()").value(1));
    }

    @Test
    void aTokenWithoutValidDaysExpiresAfterTheMaximum() throws Exception {
        String body = issue("{\"name\":\"без срока\"}");
        Instant expires = Instant.parse(JsonPath.read(body, "$.token.expiresAt"));
        assertThat(Duration.between(Instant.now(), expires).toDays()).isBetween(364L, 365L);
        mvc.perform(post("/api/v1/tokens")
                        .with(httpBasic(curator.getUsername(), Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"долгий\",\"validDays\":366}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("365")));
    }

    @Test
    void aTokenOlderThanTheMaximumStopsWorkingWhateverItsOwnDate() throws Exception {
        String body = issue("{\"name\":\"старый\",\"validDays\":100}");
        String secret = JsonPath.read(body, "$.secret");
        jdbc.update(
                "update api_token set created_at = now() - interval '400 days', expires_at = now() + interval '30 days' "
                        + "where id = ?::uuid",
                (String) JsonPath.read(body, "$.token.id"));
        mvc.perform(get("/api/v1/organisations").header("Authorization", "Bearer " + secret))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void changingThePasswordEndsHerOtherSessionsAndKeepsTokensUnlessAsked() throws Exception {
        String secret = JsonPath.read(issue("{\"name\":\"отчёты\"}"), "$.secret");
        Cookie here = signIn(curator);
        Cookie elsewhere = signIn(curator);

        changePassword(here, Fixtures.PASSWORD, "first-new-passphrase", false);

        mvc.perform(get("/organisation/profile").cookie(here)).andExpect(status().isOk());
        mvc.perform(get("/organisation/profile").cookie(elsewhere)).andExpect(redirectedUrl("/login?expired"));
        mvc.perform(get("/api/v1/organisations").header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk());

        changePassword(here, "first-new-passphrase", "second-new-passphrase", true);

        mvc.perform(get("/organisation/profile").cookie(here)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/organisations").header("Authorization", "Bearer " + secret))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aDirectorsBlockEndsTheSessionsAndTokensOfHerStaff() throws Exception {
        String secret = JsonPath.read(issue("{\"name\":\"отчёты\"}"), "$.secret");
        Cookie session = signIn(curator);

        mvc.perform(post("/api/v1/users/" + curator.id() + "/block")
                        .with(httpBasic(director.getUsername(), Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"revokeTokens\":true}"))
                .andExpect(status().isNoContent());

        mvc.perform(get("/organisation/profile").cookie(session)).andExpect(redirectedUrl("/login?expired"));
        mvc.perform(get("/api/v1/organisations").header("Authorization", "Bearer " + secret))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/organisations").with(httpBasic(curator.getUsername(), Fixtures.PASSWORD)))
                .andExpect(status().isUnauthorized());

        mvc.perform(post("/api/v1/users/" + curator.id() + "/unblock")
                        .with(httpBasic(director.getUsername(), Fixtures.PASSWORD)))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/organisations").with(httpBasic(curator.getUsername(), Fixtures.PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/organisations").header("Authorization", "Bearer " + secret))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void anotherSchoolsDirectorCannotBlockAnyone() throws Exception {
        NastavnikPrincipal other = fixtures.user(Role.DIRECTOR, world.schoolB());
        mvc.perform(post("/api/v1/users/" + curator.id() + "/block")
                        .with(httpBasic(other.getUsername(), Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/organisations").with(httpBasic(curator.getUsername(), Fixtures.PASSWORD)))
                .andExpect(status().isOk());
    }

    private String issue(String json) throws Exception {
        return mvc.perform(post("/api/v1/tokens")
                        .with(httpBasic(curator.getUsername(), Fixtures.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** The browser's session cookie (sessions live in PostgreSQL, Spring Session: the cookie is all a browser has). */
    private Cookie signIn(NastavnikPrincipal who) throws Exception {
        return mvc.perform(formLogin("/login").user(who.getUsername()).password(Fixtures.PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andReturn()
                .getResponse()
                .getCookie(SessionCookie.NAME);
    }

    private void changePassword(Cookie session, String current, String next, boolean revokeTokens) throws Exception {
        mvc.perform(post("/organisation/profile/password")
                        .cookie(session)
                        .with(csrf())
                        .param("currentPassword", current)
                        .param("newPassword", next)
                        .param("repeatPassword", next)
                        .param("revokeTokens", String.valueOf(revokeTokens)))
                .andExpect(redirectedUrl("/organisation/profile"));
    }
}
