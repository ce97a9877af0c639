package ru.nastavnik.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Requests that Tomcat or a filter refuses before a controller sees them are answered in Russian too. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ServerErrorsIntegrationTests {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();
    final String tooLong = "x".repeat(10_000);

    /** An address that takes only a form's sending, opened as a link, said «Внутренняя ошибка… 405». */
    @Test
    void aFormOnlyAddressOpenedAsALinkSaysSoInRussian() throws Exception {
        HttpResponse<String> page = http.send(
                request("/s/no-such-token/draft").header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(405);
        assertThat(page.body())
                .contains("Эта страница не открывается по ссылке")
                .doesNotContain("Внутренняя ошибка");
    }

    @Test
    void aUrlTooLongForAPageIsARussianPage() throws Exception {
        HttpResponse<String> page = http.send(
                request("/login?q=" + tooLong).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body())
                .contains("lang=\"ru\"")
                .contains("слишком длинный адрес")
                .doesNotContain("Tomcat");
    }

    @Test
    void aHeaderTooLongForTheApiIsRussianJsonInTheDocumentedShape() throws Exception {
        HttpResponse<String> answer = http.send(
                request("/api/v1/organisations").header("X-Padding", tooLong).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat((Integer) JsonPath.read(answer.body(), "$.status")).isEqualTo(400);
        assertThat((String) JsonPath.read(answer.body(), "$.title")).contains("заголовки");
    }

    @Test
    void aFormOverTheLimitIsARussianPage() throws Exception {
        String form = "username=a&password=" + "y".repeat(3 * 1024 * 1024);
        HttpResponse<String> page = http.send(
                request("/login")
                        .header("Accept", "text/html")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(413);
        assertThat(page.body()).contains("слишком большой");
    }

    @Test
    void a413OnTheApiIsRussianJsonInTheDocumentedShape() throws Exception {
        HttpResponse<String> answer = http.send(
                request("/api/v1/public/answers/some-token")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"a\":\"" + "z".repeat(600 * 1024) + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat((Integer) JsonPath.read(answer.body(), "$.status")).isEqualTo(413);
        assertThat((String) JsonPath.read(answer.body(), "$.title")).contains("слишком большой");
        assertThat(answer.body()).doesNotContain("timestamp");
    }

    @Test
    void anUploadOverTheLimitOnTheApiIsRussianJsonInTheDocumentedShape() throws Exception {
        String boundary = "b0undary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"staff.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + "z".repeat(27 * 1024 * 1024) + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> answer = http.send(
                request("/api/v1/organisations/" + java.util.UUID.randomUUID() + "/staff/import")
                        .header(
                                "Authorization",
                                "Basic "
                                        + java.util.Base64.getEncoder()
                                                .encodeToString("admin:admin-test-password"
                                                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat((String) JsonPath.read(answer.body(), "$.title")).contains("слишком большой");
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }
}
