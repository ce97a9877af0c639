package ru.nastavnik.organisation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/** The browser's session, kept by Spring Session in PostgreSQL so that it holds across nodes. */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    /**
     * The session cookie as before Spring Session: named JSESSIONID, never readable by scripts, not sent on
     * cross-site requests other than top-level navigation, and Secure whenever the request came over HTTPS
     * (through the proxy, when forwarded headers are trusted).
     */
    @Bean
    CookieSerializer sessionCookie() {
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        cookie.setCookieName("JSESSIONID");
        cookie.setCookiePath("/");
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite("Lax");
        return cookie;
    }

    /**
     * Two requests of one browser at once (a page and its htmx parts) may both write a session attribute first:
     * PostgreSQL's upsert, not a plain insert that fails on the second.
     */
    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionUpserts() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    /**
     * Every request moves its session's last access, and Spring Session wrote that row back each time: a committed
     * write (a WAL flush) per page view. The row is now written when something else in it changed, or when its last
     * access moved by a minute or more; so an idle session may end up to a minute before its timeout (8 hours signed
     * in, 15 minutes on the login page), never later. The statement takes the same parameters in the same order.
     */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionTouchesOncePerMinute() {
        return sessions -> sessions.setUpdateSessionQuery("""
                UPDATE %TABLE_NAME% AS s
                SET SESSION_ID = v.session_id, LAST_ACCESS_TIME = v.last_access_time,
                    MAX_INACTIVE_INTERVAL = v.max_inactive_interval, EXPIRY_TIME = v.expiry_time,
                    PRINCIPAL_NAME = v.principal_name
                FROM (SELECT CAST(? AS CHAR(36)) AS session_id, CAST(? AS BIGINT) AS last_access_time,
                             CAST(? AS INT) AS max_inactive_interval, CAST(? AS BIGINT) AS expiry_time,
                             CAST(? AS VARCHAR(100)) AS principal_name, CAST(? AS CHAR(36)) AS primary_id) AS v
                WHERE s.PRIMARY_ID = v.primary_id
                  AND (s.SESSION_ID <> v.session_id OR s.MAX_INACTIVE_INTERVAL <> v.max_inactive_interval
                       OR s.PRINCIPAL_NAME IS DISTINCT FROM v.principal_name
                       OR v.last_access_time - s.LAST_ACCESS_TIME >= 60000)
                """);
    }

    /**
     * Which sessions each user has, so that a password change or a block can end them: read from the sessions'
     * table (Spring Session JDBC indexes them by user name), so that it holds across nodes.
     */
    @Bean
    <S extends Session> SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<S> sessions) {
        return new RequestSessionRegistry(new SpringSessionBackedSessionRegistry<>(sessions));
    }
}
