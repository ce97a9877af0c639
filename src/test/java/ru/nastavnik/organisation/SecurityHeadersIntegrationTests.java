package ru.nastavnik.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Through a real Tomcat, as a TLS-ending proxy would pass requests on (the tests trust forwarded headers). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityHeadersIntegrationTests {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void behindAnHttpsProxyPagesSendHstsAndTheSessionCookieIsSecure() throws Exception {
        HttpResponse<String> page = get("/login", "https");
        assertThat(page.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(
                        v -> assertThat(v).contains("max-age=31536000").contains("includeSubDomains"));
        assertThat(page.headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c)
                        .startsWith("JSESSIONID=")
                        .contains("Secure")
                        .contains("HttpOnly"));
    }

    @Test
    void overPlainHttpThereIsNoHstsAndTheCookieIsNotMarkedSecure() throws Exception {
        HttpResponse<String> page = get("/login", null);
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(page.headers().allValues("Set-Cookie"))
                .allSatisfy(c -> assertThat(c).doesNotContain("Secure"));
    }

    @Test
    void pagesAndTheApiKeepTheReferrerOnTheSiteAndDisableBrowserFeatures() throws Exception {
        for (String path : new String[] {"/login", "/api/v1/organisations", "/s/some-token"}) {
            HttpResponse<String> response = get(path, "https");
            assertThat(response.headers().firstValue("Referrer-Policy"))
                    .as(path)
                    .contains("same-origin");
            assertThat(response.headers().firstValue("Permissions-Policy"))
                    .as(path)
                    .hasValueSatisfying(v -> assertThat(v).contains("camera=()").contains("geolocation=()"));
        }
    }

    private HttpResponse<String> get(String path, String forwardedProto) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (forwardedProto != null) {
            request.header("X-Forwarded-Proto", forwardedProto);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
