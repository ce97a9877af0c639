package ru.nastavnik.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import ru.nastavnik.Fixtures;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Flash;

/**
 * A forgotten password on the second morning: the administrator (anyone's) or the school's director (her staff's)
 * gives a new one from the school's page or the API, blocks and unblocks; another school's director reaches nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AccountResetIsolationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDirectorGivesHerCuratorANewPasswordThatSignsInAndTheOldOneNoLonger() throws Exception {
        Fixtures.World w = fixtures.world();
        NastavnikPrincipal director = fixtures.user(Role.DIRECTOR, w.schoolA());
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, w.schoolA());
        mvc.perform(get("/organisation/organisations/{id}", w.schoolA()).with(user(director)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("/organisation/organisations/" + w.schoolA()
                                + "/users/" + curator.id() + "/password")));

        MvcResult reset = mvc.perform(
                        post("/organisation/organisations/{id}/users/{u}/password", w.schoolA(), curator.id())
                                .with(user(director))
                                .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        Flash flash = (Flash) reset.getFlashMap().get("flash");
        assertThat(flash.key()).isEqualTo("user.reset.done");
        String password = (String) flash.args()[1];
        assertThat(password).hasSize(16);

        mvc.perform(get("/api/v1/organisations").with(httpBasic(curator.getUsername(), password)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/organisations").with(httpBasic(curator.getUsername(), Fixtures.PASSWORD)))
                .andExpect(status().isUnauthorized());

        // her own password she changes herself
        MvcResult own = mvc.perform(
                        post("/organisation/organisations/{id}/users/{u}/password", w.schoolA(), director.id())
                                .with(user(director))
                                .with(csrf()))
                .andReturn();
        assertThat(own.getFlashMap().get("flashError")).isNotNull();
    }

    @Test
    void theAdministratorBlocksAndUnblocksAndAnotherSchoolsDirectorReachesNoAccount() throws Exception {
        Fixtures.World w = fixtures.world();
        NastavnikPrincipal mentor = fixtures.user(Role.MENTOR, w.schoolA());
        NastavnikPrincipal other = fixtures.user(Role.DIRECTOR, w.schoolB());
        String hash = jdbc.queryForObject(
                "select password_hash from app_user where id = ?",
                String.class,
                mentor.id().value());

        mvc.perform(post("/api/v1/users/{u}/password-reset", mentor.id())
                        .with(user(other))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/organisation/organisations/{id}/users/{u}/password", w.schoolA(), mentor.id())
                        .with(user(other))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/organisation/organisations/{id}/users/{u}/block", w.schoolA(), mentor.id())
                        .with(user(other))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/organisation/organisations/{id}/users/{u}/unblock", w.schoolA(), mentor.id())
                        .with(user(other))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject(
                        "select password_hash from app_user where id = ?",
                        String.class,
                        mentor.id().value()))
                .isEqualTo(hash);

        mvc.perform(post("/organisation/organisations/{id}/users/{u}/block", w.schoolA(), mentor.id())
                        .with(user(Fixtures.SYSTEM))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/organisation/organisations/{id}", w.schoolA()).with(user(Fixtures.SYSTEM)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("/users/" + mentor.id() + "/unblock")));
        mvc.perform(post("/organisation/organisations/{id}/users/{u}/unblock", w.schoolA(), mentor.id())
                        .with(user(Fixtures.SYSTEM))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        String answer = mvc.perform(post("/api/v1/users/{u}/password-reset", mentor.id())
                        .with(user(Fixtures.SYSTEM))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        mvc.perform(get("/api/v1/organisations")
                        .with(httpBasic(mentor.getUsername(), JsonPath.<String>read(answer, "$.password"))))
                .andExpect(status().isOk());
    }
}
