package ru.nastavnik.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.nastavnik.Fixtures;
import ru.nastavnik.HttpBrowser;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** A session without a signed-in user lasts 15 minutes; signing in gives it a new id and the working day. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionTimeoutIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theLoginPagesSessionIsShortAndASignedInOneLastsTheWorkingDay() throws Exception {
        NastavnikPrincipal curator =
                fixtures.user(Role.CURATOR, fixtures.world().schoolA());
        HttpBrowser browser = new HttpBrowser();
        assertThat(browser.get(port, "/login").statusCode()).isEqualTo(200);
        String anonymous = sessionId(browser);
        assertThat(maxInactiveSeconds(anonymous)).isEqualTo(15 * 60);

        browser.signIn(port, curator);
        String signedIn = sessionId(browser);
        assertThat(signedIn).isNotEqualTo(anonymous);
        assertThat(maxInactiveSeconds(signedIn)).isEqualTo(8 * 60 * 60);
        assertThat(jdbc.queryForObject(
                        "select count(*) from spring_session where session_id = ?", Integer.class, anonymous))
                .isZero();
        assertThat(browser.get(port, "/organisation/profile").statusCode()).isEqualTo(200);
    }

    @Test
    void aLoginFormSentAfterItsSessionEndedAsksAgainRatherThanRefusing() throws Exception {
        HttpBrowser browser = new HttpBrowser();
        var sent =
                browser.post(port, "/login", "_csrf=token-of-a-session-that-ended&username=someone&password=whatever");
        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error=stale"));
        assertThat(browser.get(port, "/login?error=stale").body()).contains("открыта слишком долго");
    }

    private int maxInactiveSeconds(String sessionId) {
        return jdbc.queryForObject(
                "select max_inactive_interval from spring_session where session_id = ?", Integer.class, sessionId);
    }

    private static String sessionId(HttpBrowser browser) {
        return new String(Base64.getDecoder().decode(browser.sessionCookie()), StandardCharsets.UTF_8);
    }
}
