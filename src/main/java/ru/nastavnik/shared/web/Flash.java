package ru.nastavnik.shared.web;

import java.io.Serializable;
import java.util.Arrays;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.shared.InvalidInputException;

/**
 * A message key shown once on the page after a redirect (Post/Redirect/Get). It lives in the session until then,
 * and sessions are stored in PostgreSQL (several nodes): an argument that cannot be stored (a typed id, a view) is
 * kept as the text the message would show of it.
 */
public record Flash(String key, Object[] args) implements Serializable {

    public Flash {
        args = args == null
                ? new Object[0]
                : Arrays.stream(args).map(Flash::storable).toArray();
    }

    private static Object storable(Object arg) {
        return arg == null || arg instanceof Serializable ? arg : String.valueOf(arg);
    }

    /** A message to flash later: what a change answers {@link Submit} when its success message names what it made. */
    public static Flash of(String key, Object... args) {
        return new Flash(key, args);
    }

    public static void success(RedirectAttributes attributes, String key, Object... args) {
        attributes.addFlashAttribute("flash", new Flash(key, args));
    }

    public static void error(RedirectAttributes attributes, String key, Object... args) {
        attributes.addFlashAttribute("flashError", new Flash(key, args));
    }

    /**
     * The problems of a refused input, shown after the redirect back to the page it came from: the first, and under
     * it the others (a change of many people names each one refused). What she typed goes back with them, so that
     * the form shows it again ({@link TypedInput}).
     */
    public static void error(RedirectAttributes attributes, InvalidInputException refused) {
        TypedInput typed = TypedInput.ofCurrentRequest(refused);
        if (typed != null) {
            attributes.addFlashAttribute(TypedInput.ATTRIBUTE, typed);
        }
        InvalidInputException.Problem problem = refused.problems().get(0);
        error(attributes, problem.messageKey(), problem.args().toArray());
        if (refused.problems().size() > 1) {
            attributes.addFlashAttribute(
                    "flashErrorsMore",
                    refused.problems().stream()
                            .skip(1)
                            .map(p -> new Flash(p.messageKey(), p.args().toArray()))
                            .toList());
        }
    }
}
