package ru.nastavnik.shared.web;

import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.ui.Model;
import ru.nastavnik.shared.InvalidInputException;

/**
 * A page that shows a refusal of what it was asked in its own model, and the rest of the page anyway (a GET's bad
 * period or filter, an upload's first problem, a draft saved by htmx): the refusal's first problem is put into the
 * model under the attribute the page reads, and the handler goes on with what it shows instead.
 *
 * <pre>{@code
 * IndicatorPeriod period = PageRefusal.read(model, "periodError", () -> IndicatorPeriod.parse(from, to, today))
 *         .orElseGet(() -> IndicatorPeriod.of(null, null, today));
 * }</pre>
 */
public final class PageRefusal {

    private PageRefusal() {}

    /** What {@code read} answers, or empty when it refuses its input (its first problem put under {@code attribute}). */
    public static <T> Optional<T> read(Model model, String attribute, Supplier<T> read) {
        try {
            return Optional.of(read.get());
        } catch (InvalidInputException refused) {
            model.addAttribute(attribute, refused.problems().get(0));
            return Optional.empty();
        }
    }

    /** Does {@code action}; false when it refuses its input (its first problem put under {@code attribute}). */
    public static boolean shown(Model model, String attribute, Runnable action) {
        return read(model, attribute, () -> {
                    action.run();
                    return Boolean.TRUE;
                })
                .isPresent();
    }
}
