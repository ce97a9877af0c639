package ru.nastavnik;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.ConfigurableMockMvcBuilder;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Records, for every request an isolation test sends through the shared context's MockMvc, the route it reached
 * when the answer was a refusal (404 or 403): the pattern the dispatcher matched, or — when the security filters
 * refused before the dispatcher — the pattern the request would have matched.
 */
@Component
class ProbeRecorder implements MockMvcBuilderCustomizer {

    private final ObjectProvider<RequestMappingHandlerMapping> mappings;
    private final ObjectProvider<JdbcTemplate> jdbc;

    ProbeRecorder(ObjectProvider<RequestMappingHandlerMapping> mappings, ObjectProvider<JdbcTemplate> jdbc) {
        this.mappings = mappings;
        this.jdbc = jdbc;
    }

    @Override
    public void customize(ConfigurableMockMvcBuilder<?> builder) {
        JdbcTemplate database = jdbc.getIfAvailable();
        if (database != null) {
            builder.addFilters(new RefusalAuditWatch(database));
        }
        builder.alwaysDo(this::record);
    }

    private void record(MvcResult result) {
        int status = result.getResponse().getStatus();
        if ((status != 404 && status != 403)
                || ProbedRoutes.isolationClassOnStack().isEmpty()) {
            return;
        }
        HttpServletRequest request = result.getRequest();
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        if (pattern == null && !refusedForAMissingCsrfToken(request, status)) {
            pattern = patternItWouldMatch(request);
        }
        if (pattern != null) {
            ProbedRoutes.record(request.getMethod(), pattern.toString());
        }
    }

    /**
     * A page's POST sent without {@code csrf()} is refused by the CSRF filter whatever its ids: that 403 proves
     * nothing of the route's tenant check. (The API and survey links take no CSRF token.)
     */
    private static boolean refusedForAMissingCsrfToken(HttpServletRequest request, int status) {
        String uri = request.getRequestURI();
        boolean safe = List.of("GET", "HEAD", "OPTIONS", "TRACE").contains(request.getMethod());
        boolean tokenFree = uri.startsWith("/api/") || uri.startsWith("/s/") || uri.startsWith("/o/");
        boolean token = request.getParameter("_csrf") != null
                || request.getHeader("X-CSRF-TOKEN") != null
                || request.getHeader("X-XSRF-TOKEN") != null;
        return status == 403 && !safe && !tokenFree && !token;
    }

    private Object patternItWouldMatch(HttpServletRequest request) {
        if (!ServletRequestPathUtils.hasParsedRequestPath(request)) {
            ServletRequestPathUtils.parseAndCache(request);
        }
        for (RequestMappingHandlerMapping mapping : mappings.orderedStream().toList()) {
            try {
                if (mapping.getHandler(request) != null) {
                    return request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
                }
            } catch (Exception noMatch) {
                // a method not allowed or a media type not accepted here: no route of this mapping
            }
        }
        return null;
    }
}
