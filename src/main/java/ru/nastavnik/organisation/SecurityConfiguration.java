package ru.nastavnik.organisation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.web.ApiErrorWriter;

/**
 * Two doors: the REST API (stateless; personal Bearer tokens or HTTP Basic, the latter remembered briefly after
 * one verification; no CSRF since no cookie is used) and the browser (form login, session, CSRF on). Both
 * throttle password guessing ({@link PasswordSignIn}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** A personal questionnaire link: its token is the key, checked by the survey module. */
    static final String PUBLIC_API = "/api/v1/public/answers/";

    static final String[] PUBLIC_PATHS = {
        "/login",
        "/webjars/**",
        "/css/**",
        "/js/**",
        "/favicon.ico",
        "/error",
        "/actuator/health",
        "/actuator/health/**",
        "/s/**",
        "/calendar/feeds/**",
        "/o/**"
    };

    @Bean
    PasswordEncoder passwordEncoder() {
        // Argon2id for new hashes; bcrypt still verifies, should hashes ever be migrated in from elsewhere.
        return new DelegatingPasswordEncoder(
                "argon2",
                Map.of(
                        "argon2",
                        Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                        "bcrypt",
                        new BCryptPasswordEncoder()));
    }

    /**
     * Which sessions each user has, so that a password change or a block can end them: read from the sessions'
     * table (Spring Session JDBC indexes them by user name), so that it holds across nodes.
     */
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

    @Bean
    <S extends Session> SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<S> sessions) {
        return new RequestSessionRegistry(new SpringSessionBackedSessionRegistry<>(sessions));
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }

    /**
     * A personal questionnaire link carries its secret in the URL: the referrer never leaves the site. HSTS is
     * sent on HTTPS requests only — behind a proxy that ends TLS, once its forwarded headers are trusted
     * ({@code server.forward-headers-strategy}), which is also what makes the session cookie {@code Secure}.
     */
    private static HeadersConfigurer<HttpSecurity> hardened(HeadersConfigurer<HttpSecurity> headers) {
        return headers.referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(p ->
                        p.policy("camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"))
                .httpStrictTransportSecurity(h -> h.maxAgeInSeconds(31_536_000).includeSubDomains(true));
    }

    private static AuthenticationManager manager(AuthenticationProvider provider, AuthenticationEventPublisher events) {
        ProviderManager manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }

    /** What the API and its description share: who signs in how, and how a refusal reads. */
    record ScriptSignIn(
            AuthenticationManager manager,
            ApiTokens tokens,
            ApiAuthenticationEntryPoint entryPoint,
            ApiErrorWriter errors) {}

    @Bean
    ScriptSignIn scriptSignIn(
            ApiTokens tokens,
            ApiErrorWriter errors,
            UserAccounts users,
            PasswordEncoder encoder,
            LoginThrottle throttle,
            FailedSignIns failures,
            AuthenticationEventPublisher events,
            Clock clock,
            @Value("${nastavnik.sign-in.basic-cache:PT1M}") Duration basicCache) {
        return new ScriptSignIn(
                manager(
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
                .authorizeHttpRequests(a -> a.requestMatchers(PUBLIC_API + "**")
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
                .authorizeHttpRequests(a -> a.anyRequest().hasRole(Role.SYSTEM_ADMIN.name()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    /**
     * The API's description is for signed-in people and scripts only, as is Swagger UI (a page behind the
     * {@link #webChain sign-in}): it holds no personal data, but it maps every door of a system that does, and
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

    /**
     * Stylesheets, scripts and fonts: public, no session, and cacheable for a year — their URLs carry a hash of
     * their content (spring.web.resources.chain), so a new release is a new URL. Spring Security's default
     * {@code no-store} made every page load fetch them again.
     */
    @Bean
    @Order(0)
    SecurityFilterChain staticChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon*.ico", "/favicon*.svg")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(r -> r.disable())
                .csrf(c -> c.disable())
                .headers(h -> hardened(h).cacheControl(c -> c.disable()));
        return http.build();
    }

    /**
     * The public «Наставничество» sections and their feeds (publishing, roadmap stage 7): read by anyone, with no
     * session created and nothing but reads served; the pages set their own revalidation (ETag) caching.
     */
    @Bean
    @Order(1)
    SecurityFilterChain publicSectionChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/o/**")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(r -> r.disable())
                .csrf(c -> c.disable())
                .headers(h -> hardened(h)
                        .cacheControl(c -> c.disable())
                        .frameOptions(f -> f.disable())
                        // the widget's page alone may be framed, by any school's site (Госвеб or another builder)
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                new NegatedRequestMatcher(EMBEDDABLE),
                                new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.DENY)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                new NegatedRequestMatcher(EMBEDDABLE),
                                new ContentSecurityPolicyHeaderWriter(PUBLIC_POLICY + "'none'")))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                EMBEDDABLE, new ContentSecurityPolicyHeaderWriter(PUBLIC_POLICY + "*"))));
        return http.build();
    }

    private static final String PUBLIC_POLICY =
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors ";
    private static final RequestMatcher EMBEDDABLE =
            PathPatternRequestMatcher.withDefaults().matcher("/o/{slug}/nastavnichestvo/widget");

    @Bean
    @Order(2)
    SecurityFilterChain webChain(
            HttpSecurity http,
            SessionRegistry sessions,
            UserAccounts users,
            PasswordEncoder encoder,
            LoginThrottle throttle,
            FailedSignIns failures,
            AuthenticationEventPublisher events,
            @Value("${nastavnik.session.signed-in-timeout:8h}") Duration signedIn)
            throws Exception {
        http.authenticationManager(manager(new PasswordSignIn(users, encoder, throttle, failures, null), events))
                .authorizeHttpRequests(a ->
                        a.requestMatchers(PUBLIC_PATHS).permitAll().anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login")
                        .defaultSuccessUrl("/", false)
                        .failureHandler((request, response, ex) -> response.sendRedirect(request.getContextPath()
                                + "/login?error=" + (ex instanceof SignInThrottledException ? "wait" : "bad")))
                        .permitAll())
                .logout(l -> l.logoutSuccessUrl("/login?logout").permitAll())
                // the login page's session (and its CSRF token) ends after 15 minutes: a form sent later asks again
                .exceptionHandling(e -> e.accessDeniedHandler(SignedInSessions.staleLoginForm()))
                .sessionManagement(s -> s.sessionAuthenticationStrategy(new SignedInSessions(signedIn))
                        .maximumSessions(-1)
                        .sessionRegistry(sessions)
                        .expiredUrl("/login?expired"))
                // a personal questionnaire link carries its own secret in the path, which a forged cross-site
                // request cannot know; a session token would only make answers fail after the session expires
                .csrf(c -> c.ignoringRequestMatchers("/s/**"))
                .headers(
                        h -> hardened(h)
                                .contentSecurityPolicy(
                                        c -> c.policyDirectives(
                                                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'")));
        return http.build();
    }
}
