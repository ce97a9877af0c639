package ru.nastavnik.events.web;

import java.util.function.Supplier;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.InvalidInputException.Problem;

/**
 * The web form types the agenda as one text, a line a point: a problem of one point («agenda[1].time», as the API
 * names it) goes under that text, where she corrects it, and not above the form. The message names the point.
 */
final class AgendaProblems {

    private static final String AGENDA = "agenda";

    private AgendaProblems() {}

    /** Does the change; a refusal's agenda problems are put on the agenda's text. */
    static <T> T onTheText(Supplier<T> change) {
        try {
            return change.get();
        } catch (InvalidInputException refused) {
            throw new InvalidInputException(refused.problems().stream()
                    .map(p -> p.field() != null && p.field().startsWith(AGENDA + "[")
                            ? new Problem(AGENDA, p.row(), p.messageKey(), p.args())
                            : p)
                    .toList());
        }
    }
}
