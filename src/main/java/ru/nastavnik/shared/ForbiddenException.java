package ru.nastavnik.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The caller is signed in but their role does not allow this action in this organisation. */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class ForbiddenException extends RuntimeException {

    private final String messageKey;

    public ForbiddenException(String message) {
        this(message, "error.forbidden");
    }

    /** With the key of a Russian message that says why, when the generic «Недостаточно прав» would puzzle. */
    public ForbiddenException(String message, String messageKey) {
        super(message);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
