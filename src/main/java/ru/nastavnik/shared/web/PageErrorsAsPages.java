package ru.nastavnik.shared.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A page route's refusal (404, 403, …) is the Russian error page whatever the client says it accepts. Spring's error
 * controller gives its page only to a request that names {@code text/html}; one that accepts anything («*&#47;*», or
 * sends no Accept at all — a link opened by a script or a download manager, a browser's prefetch) got the raw
 * {@code {"status":404,…}} for, say, a mentor's {@code /events/participation}. On the error dispatch of a route outside
 * the API that does not ask for JSON by name, the request therefore reads as asking for HTML; the API, the actuator
 * and the OpenAPI description keep their JSON.
 */
@Configuration(proxyBeanMethods = false)
class PageErrorsAsPages {

    private static final List<String> JSON_ROUTES = List.of("/api/", "/actuator", "/v3/api-docs");

    @Bean
    FilterRegistrationBean<Filter> pageErrorsAsPagesFilter() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
            HttpServletRequest http = (HttpServletRequest) request;
            chain.doFilter(page(http) ? new AsksForHtml(http) : request, response);
        });
        registration.setDispatcherTypes(DispatcherType.ERROR);
        registration.addUrlPatterns("/*");
        return registration;
    }

    static boolean page(HttpServletRequest request) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = failed == null ? request.getRequestURI() : failed.toString();
        String context = request.getContextPath();
        String path = uri.startsWith(context) ? uri.substring(context.length()) : uri;
        if (JSON_ROUTES.stream().anyMatch(path::startsWith)) {
            return false;
        }
        String accept = request.getHeader("Accept");
        return accept == null || accept.contains("text/html") || !accept.contains("json");
    }

    private static final class AsksForHtml extends HttpServletRequestWrapper {

        AsksForHtml(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return "Accept".equalsIgnoreCase(name) ? "text/html" : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return "Accept".equalsIgnoreCase(name)
                    ? Collections.enumeration(List.of("text/html"))
                    : super.getHeaders(name);
        }
    }
}
