package ru.nastavnik.organisation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/** The doors anyone may use without signing in: the static resources and the schools' public sections. */
@Configuration(proxyBeanMethods = false)
class PublicSecurityConfiguration {

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
                .headers(h -> SecurityConfiguration.hardened(h).cacheControl(c -> c.disable()));
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
                .headers(h -> SecurityConfiguration.hardened(h)
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
}
