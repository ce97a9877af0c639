package ru.nastavnik.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import ru.nastavnik.shared.InvalidInputException;

/**
 * What the user typed into a form that was refused, carried over the redirect back to its page, so that the page is
 * shown again with her input in the form that was sent and the refused fields marked (app.js puts it back: one
 * mechanism for every form, whichever page holds it). Secrets are never carried: passwords, tokens, the CSRF token.
 *
 * @param action  the path the form was sent to, which finds the form on the page
 * @param values  every parameter sent, by name, in the order sent
 * @param refused the names of the fields the refusal concerns
 */
public record TypedInput(String action, Map<String, List<String>> values, List<String> refused)
        implements Serializable {

    static final String ATTRIBUTE = "typedInput";
    private static final List<String> SECRET = List.of("password", "secret", "token", "_csrf");

    public TypedInput {
        values = Map.copyOf(values);
        refused = List.copyOf(refused);
    }

    /** The input of the request being handled now, or null outside a request (a job, a test calling a service). */
    static TypedInput ofCurrentRequest(InvalidInputException refusal) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return null;
        }
        return of(attributes.getRequest(), refusal);
    }

    static TypedInput of(HttpServletRequest request, InvalidInputException refusal) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, sent) -> {
            if (!secret(name)) {
                values.put(name, Arrays.asList(sent));
            }
        });
        List<String> refused = refusal.problems().stream()
                .map(InvalidInputException.Problem::field)
                .filter(field -> field != null && !field.isBlank())
                .distinct()
                .toList();
        String action =
                request.getRequestURI().substring(request.getContextPath().length());
        return new TypedInput(action, values, refused);
    }

    private static boolean secret(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return SECRET.stream().anyMatch(lower::contains);
    }

    /** The shape the page carries (a JSON data block that app.js reads; Thymeleaf serialises maps and lists). */
    public Map<String, Object> asData() {
        return Map.of("action", action, "values", values, "refused", refused);
    }
}
