package ru.nastavnik.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.nastavnik.Fixtures;
import ru.nastavnik.HttpBrowser;
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

    final HttpBrowser browser = new HttpBrowser();
    final HttpClient http = browser.client();

    @Test
    void aMentorRefusedAPageGetsTheRussianPageWhateverSheAccepts() throws Exception {
        var world = fixtures.world();
        var mentor = fixtures.user(Role.MENTOR, world.schoolA());
        String login = mentor.getUsername();
        browser.signIn(port, mentor);
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

    @Test
    void aFormWithAFileRefusedForItsTextIsTheRussianPageNamingTheField() throws Exception {
        var world = fixtures.world();
        browser.signIn(port, fixtures.user(Role.CURATOR, world.schoolA()));
        String token =
                HttpBrowser.csrf(browser.get(port, "/organisation/profile").body());
        String boundary = "nastavnik-" + java.util.UUID.randomUUID();
        String body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"title\"\r\n\r\nКурс\u0000наставника\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"certificate\"; filename=\"c.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.4\r\n"
                + "--" + boundary + "--\r\n";
        HttpResponse<String> page = http.send(
                request("/training/courses")
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .header("X-CSRF-TOKEN", token)
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        // refused once, before the controller: the error page's forward reads the same parts and shows the refusal
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("lang=\"ru\"").contains("«title»").contains("управляющие символы");
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }
}
