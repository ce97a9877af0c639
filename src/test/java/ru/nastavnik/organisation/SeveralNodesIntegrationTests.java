package ru.nastavnik.organisation;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import ru.nastavnik.Fixtures;
import ru.nastavnik.NastavnikApplication;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Two application nodes on one database, as behind a load balancer: a user signed in on one goes on working on the
 * other (the session is in PostgreSQL), and a password change on one ends her other sessions on both.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SeveralNodesIntegrationTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int portA;
    @Autowired
    Fixtures fixtures;

    @Test
    void aUserSignedInOnOneNodeGoesOnWorkingOnTheOtherAndHerOtherSessionsEndEverywhere() throws Exception {
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, fixtures.world().schoolA());
        try (ConfigurableApplicationContext nodeB = new SpringApplicationBuilder(NastavnikApplication.class)
                .properties("server.port=0", "spring.main.banner-mode=off").run()) {
            int portB = ((WebServerApplicationContext) nodeB).getWebServer().getPort();
            HttpClient browser = browser();
            HttpClient otherBrowser = browser();
            signIn(otherBrowser, portB, curator);

            signIn(browser, portA, curator);
            HttpResponse<String> profile = get(browser, portB, "/organisation/profile");
            assertThat(profile.statusCode()).isEqualTo(200);
            assertThat(profile.body()).contains(curator.fullName());

            // the password changed on node B ends the session the other browser opened on node B, seen from node A
            String csrf = csrf(get(browser, portB, "/organisation/profile").body());
            HttpResponse<String> changed = post(browser, portB, "/organisation/profile/password", "_csrf=" + enc(csrf)
                    + "&currentPassword=" + enc(Fixtures.PASSWORD) + "&newPassword=" + enc("several-nodes-passphrase-7")
                    + "&repeatPassword=" + enc("several-nodes-passphrase-7") + "&revokeTokens=false");
            assertThat(changed.statusCode()).isEqualTo(302);
            assertThat(get(browser, portA, "/organisation/profile").statusCode()).isEqualTo(200);
            HttpResponse<String> ended = get(otherBrowser, portA, "/organisation/profile");
            assertThat(ended.statusCode()).isEqualTo(302);
            assertThat(ended.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login?expired"));
        }
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private static void signIn(HttpClient browser, int port, NastavnikPrincipal who) throws Exception {
        String csrf = csrf(get(browser, port, "/login").body());
        HttpResponse<String> signedIn = post(browser, port, "/login", "_csrf=" + enc(csrf) + "&username="
                + enc(who.getUsername()) + "&password=" + enc(Fixtures.PASSWORD));
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    }

    private static HttpResponse<String> get(HttpClient browser, int port, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(HttpClient browser, int port, String path, String form) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(String page) {
        Matcher matcher = CSRF.matcher(page);
        assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
        return matcher.group(1);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
