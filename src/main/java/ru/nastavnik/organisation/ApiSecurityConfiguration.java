package ru.nastavnik.organisation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.session.DisableEncodeUrlFilter;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.web.ApiErrorWriter;

/**
 * The door for scripts: the REST API, its description and the metrics. Stateless: a personal Bearer token or HTTP
 * Basic (remembered briefly after one verification), no CSRF since no cookie is used; the API and the metrics do not
 * even see the browser's session that a call may carry ({@link HiddenBrowserSession}).
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    /** What the API and its description share: who signs in how, and how a refusal reads. */
    record ScriptSignIn(
            AuthenticationManager manager,
            TokenSignIn tokens,
            ApiAuthenticationEntryPoint entryPoint,
            ApiErrorWriter errors) {}

    @Bean
    ScriptSignIn scriptSignIn(
            TokenSignIn tokens,
            ApiErrorWriter errors,
            UserAccounts users,
            PasswordEncoder encoder,
            LoginThrottle throttle,
            FailedSignIns failures,
            AuthenticationEventPublisher events,
            Clock clock,
            @Value("${nastavnik.sign-in.basic-cache:PT1M}") Duration basicCache) {
        return new ScriptSignIn(
                SecurityConfiguration.manager(
                        new PasswordSignIn(
                                users, encoder, throttle, failures, new BasicCredentialCache(clock, basicCache)),
                        events),
                tokens,
                new ApiAuthenticationEntryPoint(errors),
                errors);
    }

    /** A personal Bearer token or HTTP Basic; no CSRF since no cookie signs a call in. */
    private static HttpSecurity forScripts(HttpSecurity http, ScriptSignIn scripts) throws Exception {
        return http.authenticationManager(scripts.manager())
                .httpBasic(b -> b.authenticationEntryPoint(scripts.entryPoint()).realmName("Nastavnik"))
                .addFilterBefore(
                        new BearerTokenFilter(scripts.tokens(), scripts.entryPoint()), BasicAuthenticationFilter.class)
                .headers(SecurityConfiguration::hardened)
                .csrf(c -> c.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(scripts.entryPoint())
                        .accessDeniedHandler(
                                (request, response, ex) -> scripts.errors().write(response, 403, "error.forbidden")));
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ScriptSignIn scripts) throws Exception {
        forScripts(http.securityMatcher("/api/**"), scripts)
                .addFilterBefore(new HiddenBrowserSession(), DisableEncodeUrlFilter.class)
                .authorizeHttpRequests(a -> a.requestMatchers(SecurityConfiguration.PUBLIC_API + "**")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    /**
     * Metrics in Prometheus' format, for the system administrator only (a scraper signs in with her API token,
     * {@code authorization: credentials} in Prometheus): request rates and times, the connection pool, the JVM.
     * They name no person, but they tell an outsider how the system is used.
     */
    @Bean
    @Order(1)
    SecurityFilterChain metricsChain(HttpSecurity http, ScriptSignIn scripts) throws Exception {
        forScripts(http.securityMatcher("/actuator/prometheus"), scripts)
                .addFilterBefore(new HiddenBrowserSession(), DisableEncodeUrlFilter.class)
                .authorizeHttpRequests(a -> a.anyRequest().hasRole(Role.SYSTEM_ADMIN.name()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    /**
     * The API's description is for signed-in people and scripts only, as is Swagger UI (a page behind the
     * {@link SecurityConfiguration#webChain sign-in}): it holds no personal data, but it maps every door of a system that does, and
     * nobody outside needs it. A script signs in as to the API; Swagger UI fetches the description with the
     * browser's session, read here (an ended one refused, as on the pages) but never written. Only reads are
     * served here, so a cross-site request with the cookie changes nothing.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiDocsChain(HttpSecurity http, ScriptSignIn scripts, SessionRegistry sessions)
            throws Exception {
        forScripts(http.securityMatcher("/v3/api-docs", "/v3/api-docs/**"), scripts)
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .securityContext(c -> c.securityContextRepository(new HttpSessionSecurityContextRepository() {
                    @Override
                    public void saveContext(
                            SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
                        // a script's Basic sign-in must not land in a browser session it happens to carry
                    }
                }))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER)
                        .maximumSessions(-1)
                        .sessionRegistry(sessions)
                        .expiredSessionStrategy(
                                e -> scripts.errors().write(e.getResponse(), 401, "error.unauthorized")))
                .requestCache(r -> r.disable());
        return http.build();
    }
}
