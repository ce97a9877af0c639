package ru.nastavnik.shared.web;

import ru.nastavnik.shared.NotFoundException;

/** Whether a binding failure was a malformed id ({@link TypedIdConverter}): that is a 404, not a bad request. */
final class NotFoundCause {

    private NotFoundCause() {}

    static boolean of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof NotFoundException) {
                return true;
            }
        }
        return false;
    }
}
