package ru.nastavnik.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.nastavnik.Fixtures;
import ru.nastavnik.HttpBrowser;
import ru.nastavnik.organisation.internal.ApiTokens;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;

/**
 * Swagger UI, or a page's own fetch with a token, sends the browser's session cookie along with the API call. The API
 * signs the call in by its token alone and must leave that session as it was: it once changed the session's id on
 * every call signed in by a token (session-fixation protection meant for a sign-in), so the browser's other requests
 * in flight came back to the sign-in page (issue 20).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TokenCallsBesideTheBrowserSessionIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aTokenOrBasicCallCarryingTheBrowsersCookieNeitherReadsNorWritesNorRenewsItsSession() throws Exception {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());
        HttpBrowser browser = new HttpBrowser();
        browser.signIn(port, curator);
        String cookie = browser.sessionCookie();
        String session = new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);
        // a session read and saved again would move its last access, written once it is a minute old
        jdbc.update(
                "update spring_session set last_access_time = last_access_time - 120000 where session_id = ?", session);
        Map<String, Object> before = row(session);
        String basic = Base64.getEncoder()
                .encodeToString((curator.getUsername() + ":" + Fixtures.PASSWORD).getBytes(StandardCharsets.UTF_8));

        for (String authorization :
                List.of("Bearer " + tokens.issue(curator, "Swagger UI", 1).secret(), "Basic " + basic)) {
            HttpResponse<String> api = browser.client()
                    .send(
                            request(staffApi(world.schoolA()))
                                    .header("Authorization", authorization)
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(api.statusCode()).as(authorization.substring(0, 6)).isEqualTo(200);
            assertThat(api.headers().allValues("Set-Cookie"))
                    .as("the API answers no session cookie")
                    .isEmpty();
        }

        assertThat(row(session))
                .as("the session's row: not renamed, not saved, not deleted")
                .isEqualTo(before);
        assertThat(browser.sessionCookie()).isEqualTo(cookie);
        assertThat(browser.get(port, "/people/staff?organisation=" + world.schoolA())
                        .statusCode())
                .as("still signed in")
                .isEqualTo(200);
    }

    @Test
    void aBurstOfTokenCallsAndPagesFromOneBrowserKeepsItSignedIn() throws Exception {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());
        HttpBrowser browser = new HttpBrowser();
        browser.signIn(port, curator);
        String cookie = browser.sessionCookie();
        String bearer = "Bearer " + tokens.issue(curator, "Swagger UI", 1).secret();
        String page = "/people/staff?organisation=" + world.schoolA();

        for (int round = 0; round < 3; round++) {
            List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                HttpRequest.Builder request = i % 2 == 0
                        ? request(page)
                        : request(staffApi(world.schoolA())).header("Authorization", bearer);
                responses.add(browser.client()
                        .sendAsync(
                                request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString()));
            }
            CompletableFuture.allOf(responses.toArray(CompletableFuture[]::new)).get(90, TimeUnit.SECONDS);
            for (CompletableFuture<HttpResponse<String>> response : responses) {
                assertThat(response.get().statusCode())
                        .as(
                                "round %d: %s → %s",
                                round,
                                response.get().uri(),
                                response.get().headers().firstValue("Location").orElse(""))
                        .isEqualTo(200);
            }
        }

        assertThat(browser.sessionCookie()).as("the session signed in with").isEqualTo(cookie);
        assertThat(browser.get(port, page).statusCode()).as("still signed in").isEqualTo(200);
    }

    private Map<String, Object> row(String session) {
        return jdbc.queryForMap(
                "select primary_id, session_id, last_access_time, expiry_time, principal_name,"
                        + " (select count(*) from spring_session_attributes a where a.session_primary_id = s.primary_id)"
                        + " as attributes from spring_session s where session_id = ?",
                session);
    }

    private static String staffApi(OrganisationId school) {
        return "/api/v1/organisations/" + school + "/staff";
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }
}
