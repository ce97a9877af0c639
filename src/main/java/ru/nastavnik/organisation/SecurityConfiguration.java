package ru.nastavnik.organisation;

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
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two doors: the REST API (stateless; personal Bearer tokens or HTTP Basic, the latter remembered briefly after
 * one verification; no CSRF since no cookie is used: {@link ApiSecurityConfiguration}) and the browser (form login,
 * session, CSRF on: here, its session in {@link SessionConfiguration}). Both throttle password guessing
 * ({@link PasswordSignIn}). The static resources and the public sections need no sign-in
 * ({@link PublicSecurityConfiguration}).
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

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }

    /**
     * A personal questionnaire link carries its secret in the URL: the referrer never leaves the site. HSTS is
     * sent on HTTPS requests only — behind a proxy that ends TLS, once its forwarded headers are trusted
     * ({@code server.forward-headers-strategy}), which is also what makes the session cookie {@code Secure}.
     */
    static HeadersConfigurer<HttpSecurity> hardened(HeadersConfigurer<HttpSecurity> headers) {
        return headers.referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(p ->
                        p.policy("camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"))
                .httpStrictTransportSecurity(h -> h.maxAgeInSeconds(31_536_000).includeSubDomains(true));
    }

    static AuthenticationManager manager(AuthenticationProvider provider, AuthenticationEventPublisher events) {
        ProviderManager manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }

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
