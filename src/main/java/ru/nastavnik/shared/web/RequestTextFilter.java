package ru.nastavnik.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import ru.nastavnik.shared.UnsafeText;

/**
 * Every query and form parameter of every request, checked once before anything reads it: unsafe text (a NUL
 * made PostgreSQL fail with a 500) or text longer than {@link UnsafeText#LONGEST}, page numbers past any list
 * (page × size overflowed into a 500) and dates past year 9999 ({@link CalendarYears}: a birthday that far overflowed
 * into a 500) are a 400 with a Russian message, in the API's JSON shape or as the error page. Of a multipart body only the query string is
 * checked here (reading its parts would store the upload before the size limits apply); its text fields once Spring
 * has read them ({@link MultipartTextCheck}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestTextFilter extends OncePerRequestFilter {

    /** No list has a million pages; a larger number is a mistake or a probe. */
    static final long MAX_PAGE = 1_000_000;

    static final String PROBLEM = RequestTextFilter.class.getName() + ".problem";

    private final ApiErrorWriter errors;

    RequestTextFilter(ApiErrorWriter errors) {
        this.errors = errors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Problem problem = check(parameters(request));
        if (problem == null) {
            chain.doFilter(request, response);
            return;
        }
        refuse(request, response, problem);
    }

    /** The 400 for a refused parameter: the API's JSON or the error page, naming the parameter. */
    void refuse(HttpServletRequest request, HttpServletResponse response, Problem problem) throws IOException {
        String message = errors.message(problem.key(), problem.name());
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            errors.writeBody(
                    response,
                    errors.body(
                            400,
                            "error.badRequest",
                            List.of(new ApiErrorWriter.ApiError(problem.name(), null, message))));
        } else {
            request.setAttribute(PROBLEM, message);
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, message);
        }
    }

    static Problem check(List<Map.Entry<String, String>> parameters) {
        for (Map.Entry<String, String> parameter : parameters) {
            String name = parameter.getKey();
            String value = parameter.getValue();
            String unsafeName = UnsafeText.sentProblem(name);
            String unsafe = unsafeName != null ? unsafeName : UnsafeText.sentProblem(value);
            if (unsafe != null) {
                return new Problem(unsafeName == null ? name : "?", unsafe + ".parameter");
            }
            if (CalendarYears.farText(value)) {
                return new Problem(name, CalendarYears.MESSAGE_KEY);
            }
            if ((name.equals("page") || name.equals("size"))
                    && value != null
                    && value.strip().matches("\\d{1,30}")
                    && (value.strip().length() > 7 || Long.parseLong(value.strip()) > MAX_PAGE)) {
                return new Problem(name, "error.badRequest.page");
            }
        }
        return null;
    }

    private static List<Map.Entry<String, String>> parameters(HttpServletRequest request) {
        List<Map.Entry<String, String>> all = new ArrayList<>();
        String type = request.getContentType();
        if (type != null && type.toLowerCase().startsWith("multipart/")) {
            String query = request.getQueryString();
            if (query != null) {
                for (String pair : query.split("&")) {
                    int eq = pair.indexOf('=');
                    all.add(Map.entry(
                            decode(eq < 0 ? pair : pair.substring(0, eq)),
                            eq < 0 ? "" : decode(pair.substring(eq + 1))));
                }
            }
            return all;
        }
        return each(request.getParameterMap());
    }

    /** Every value of every parameter, a parameter given several times once a value. */
    static List<Map.Entry<String, String>> each(Map<String, String[]> parameters) {
        List<Map.Entry<String, String>> all = new ArrayList<>();
        parameters.forEach((name, values) -> {
            for (String value : values) {
                all.add(Map.entry(name, value == null ? "" : value));
            }
        });
        return all;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    record Problem(String name, String key) {}
}
