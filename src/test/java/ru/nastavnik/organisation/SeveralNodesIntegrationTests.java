package ru.nastavnik.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.HttpBrowser.csrf;
import static ru.nastavnik.HttpBrowser.enc;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import ru.nastavnik.Fixtures;
import ru.nastavnik.HttpBrowser;
import ru.nastavnik.NastavnikApplication;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Two application nodes on one database, as behind a load balancer: a user signed in on one goes on working on the
 * other (the session is in PostgreSQL), and a password change on one ends her other sessions on both.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SeveralNodesIntegrationTests {

    @LocalServerPort
    int portA;

    @Autowired
    Fixtures fixtures;

    @Test
    void aUserSignedInOnOneNodeGoesOnWorkingOnTheOtherAndHerOtherSessionsEndEverywhere() throws Exception {
        NastavnikPrincipal curator =
                fixtures.user(Role.CURATOR, fixtures.world().schoolA());
        try (ConfigurableApplicationContext nodeB = new SpringApplicationBuilder(NastavnikApplication.class)
                .properties("server.port=0", "spring.main.banner-mode=off")
                .run()) {
            int portB = ((WebServerApplicationContext) nodeB).getWebServer().getPort();
            HttpBrowser browser = new HttpBrowser();
            HttpBrowser otherBrowser = new HttpBrowser();
            otherBrowser.signIn(portB, curator);

            browser.signIn(portA, curator);
            HttpResponse<String> profile = browser.get(portB, "/organisation/profile");
            assertThat(profile.statusCode()).isEqualTo(200);
            assertThat(profile.body()).contains(curator.fullName());

            // the password changed on node B ends the session the other browser opened on node B, seen from node A
            String csrf = csrf(browser.get(portB, "/organisation/profile").body());
            HttpResponse<String> changed = browser.post(
                    portB,
                    "/organisation/profile/password",
                    "_csrf=" + enc(csrf)
                            + "&currentPassword=" + enc(Fixtures.PASSWORD) + "&newPassword="
                            + enc("several-nodes-passphrase-7")
                            + "&repeatPassword=" + enc("several-nodes-passphrase-7") + "&revokeTokens=false");
            assertThat(changed.statusCode()).isEqualTo(302);
            assertThat(browser.get(portA, "/organisation/profile").statusCode()).isEqualTo(200);
            HttpResponse<String> ended = otherBrowser.get(portA, "/organisation/profile");
            assertThat(ended.statusCode()).isEqualTo(302);
            assertThat(ended.headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).contains("/login?expired"));
        }
    }
}
