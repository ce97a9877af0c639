package ru.nastavnik.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.nastavnik.Fixtures;
import ru.nastavnik.shared.Role;

/**
 * A page route refused to a signed-in teacher answers the Russian error page even to a client that accepts any type
 * or sends no Accept — the mentor opening {@code /events/participation} got {@code {"status":404,…}} before; the API
 * keeps its JSON.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PageErrorsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Test
    void aMentorRefusedAPageGetsTheRussianPageWhateverSheAccepts() throws Exception {
        var world = fixtures.world();
        String login = fixtures.user(Role.MENTOR, world.schoolA()).getUsername();
        signIn(login);
        for (String accept : new String[] {"*/*", null, "text/html,application/xhtml+xml,*/*;q=0.8"}) {
            for (String path : new String[] {"/events/participation", "/no-such-page"}) {
                HttpRequest.Builder request = request(path);
                if (accept != null) {
                    request.header("Accept", accept);
                }
                HttpResponse<String> page = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                assertThat(page.statusCode()).as(path + " " + accept).isEqualTo(404);
                assertThat(page.headers().firstValue("Content-Type"))
                        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
                assertThat(page.body())
                        .contains("lang=\"ru\"")
                        .contains("Не найдено.")
                        .doesNotContain("\"status\"");
            }
        }
        HttpResponse<String> api = http.send(
                request("/api/v1/no-such-resource")
                        .header("Accept", "*/*")
                        .header(
                                "Authorization",
                                "Basic "
                                        + java.util.Base64.getEncoder()
                                                .encodeToString((login + ":" + Fixtures.PASSWORD)
                                                        .getBytes(StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat((Integer) JsonPath.read(api.body(), "$.status")).isEqualTo(404);
    }

    private void signIn(String login) throws Exception {
        String form = http.send(request("/login").build(), HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form);
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> signedIn = http.send(
                request("/login")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username="
                                + URLEncoder.encode(login, StandardCharsets.UTF_8) + "&password="
                                + URLEncoder.encode(Fixtures.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }
}
