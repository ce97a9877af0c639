package ru.nastavnik.shared.web;

import org.springframework.beans.TypeMismatchException;
import org.springframework.validation.BindException;
import ru.nastavnik.shared.NotFoundException;

/** Whether a binding failure was a malformed id ({@link TypedIdConverter}): that is a 404, not a bad request. */
final class NotFoundCause {

    private NotFoundCause() {}

    static boolean of(Throwable failure) {
        if (failure instanceof BindException form) {
            // a form record's typed id that does not convert: the failure is kept on its field, not as the cause
            return form.getFieldErrors().stream()
                    .filter(error -> error.contains(TypeMismatchException.class))
                    .anyMatch(error -> of(error.unwrap(TypeMismatchException.class)));
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof NotFoundException) {
                return true;
            }
        }
        return false;
    }
}
