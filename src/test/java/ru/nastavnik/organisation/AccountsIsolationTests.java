package ru.nastavnik.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.CrossTenant;
import ru.nastavnik.Fixtures;
import ru.nastavnik.organisation.internal.ApiTokens;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Accounts across schools: school A's director cannot list or add school B's users (404), revoke a B user's API
 * token (404: tokens are found by their owner), nor open an organisation (403: the system administrator's).
 */
@SpringBootTest
@AutoConfigureMockMvc
class AccountsIsolationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ApiTokens tokens;

    @Autowired
    UserManagement users;

    @Test
    void anotherSchoolsUsersAndTokensAreNotFoundAndNoOrganisationIsOpened() throws Exception {
        var world = fixtures.world();
        NastavnikPrincipal curatorOfB = fixtures.user(Role.CURATOR, world.schoolB());
        NastavnikPrincipal directorOfA = fixtures.user(Role.DIRECTOR, world.schoolA());
        var token = tokens.issue(curatorOfB, "Токен школы Б", 30).token();
        String b = world.schoolB().toString();
        CrossTenant.refused(
                mvc,
                directorOfA,
                404,
                List.of(
                        delete("/api/v1/tokens/" + token.id()),
                        post("/organisation/profile/tokens/" + token.id() + "/revoke")
                                .with(csrf()),
                        get("/api/v1/users").param("organisationId", b),
                        post("/organisation/organisations/" + b + "/users")
                                .param("username", "stolen-" + world.tag())
                                .param("fullName", "Чужой")
                                .param("password", Fixtures.PASSWORD)
                                .param("role", "CURATOR")
                                .with(csrf())));
        CrossTenant.refused(
                mvc,
                directorOfA,
                403,
                List.of(post("/organisation/organisations")
                        .param("name", "Школа " + world.tag())
                        .param("kind", "ORGANISATION")
                        .param("parentId", world.municipality().toString())
                        .with(csrf())));
        assertThat(tokens.of(curatorOfB))
                .singleElement()
                .satisfies(t -> assertThat(t.revokedAt()).isNull());
        assertThat(users.findByUsername("stolen-" + world.tag())).isEmpty();
    }
}
