package ru.nastavnik.organisation;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.session.web.http.SessionRepositoryFilter;

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
     * Spring Session's filter over the JDBC sessions as their last access moves once a minute (see
     * {@link MinuteTouchSessions}). The filter is made again rather than the sessions declared as a bean of their own:
     * Spring Boot configures JDBC sessions only while no other session repository is declared.
     */
    @Bean
    static BeanPostProcessor minuteTouchSessionFilter(
            ObjectProvider<JdbcIndexedSessionRepository> sessions, ObjectProvider<CookieSerializer> cookies) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (!(bean instanceof SessionRepositoryFilter<?>)) {
                    return bean;
                }
                CookieHttpSessionIdResolver resolver = new CookieHttpSessionIdResolver();
                resolver.setCookieSerializer(cookies.getObject());
                SessionRepositoryFilter<?> filter =
                        new SessionRepositoryFilter<>(MinuteTouchSessions.over(sessions.getObject()));
                filter.setHttpSessionIdResolver(resolver);
                return filter;
            }
        };
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
