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

/**
 * A page view writes its session's row only when the last access moved by a minute or more (or something else in the
 * row changed): a write per view was a committed WAL flush per page under load.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionTouchIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSessionsLastAccessIsWrittenOnceAMinuteNotOnEveryView() throws Exception {
        HttpBrowser browser = new HttpBrowser();
        browser.signIn(port, fixtures.user(Role.CURATOR, fixtures.world().schoolA()));
        String session = new String(Base64.getDecoder().decode(browser.sessionCookie()), StandardCharsets.UTF_8);

        long thirtySecondsAgo = System.currentTimeMillis() - 30_000;
        setLastAccess(session, thirtySecondsAgo);
        assertThat(browser.get(port, "/organisation/profile").statusCode()).isEqualTo(200);
        assertThat(lastAccess(session))
                .as("within a minute: the row is not written")
                .isEqualTo(thirtySecondsAgo);

        long twoMinutesAgo = System.currentTimeMillis() - 120_000;
        setLastAccess(session, twoMinutesAgo);
        long before = System.currentTimeMillis();
        assertThat(browser.get(port, "/organisation/profile").statusCode()).isEqualTo(200);
        assertThat(lastAccess(session)).as("a minute or more: written").isGreaterThanOrEqualTo(before);
        assertThat(jdbc.queryForObject(
                        "select expiry_time - last_access_time from spring_session where session_id = ?",
                        Long.class,
                        session))
                .isEqualTo(8 * 60 * 60 * 1000L);
    }

    private void setLastAccess(String session, long at) {
        jdbc.update(
                "update spring_session set last_access_time = ?, expiry_time = ? + max_inactive_interval * 1000::bigint "
                        + "where session_id = ?",
                at,
                at,
                session);
    }

    private long lastAccess(String session) {
        return jdbc.queryForObject(
                "select last_access_time from spring_session where session_id = ?", Long.class, session);
    }
}
