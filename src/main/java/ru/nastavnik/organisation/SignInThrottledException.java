package ru.nastavnik.organisation;

import java.io.Serial;
import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins lately from here or for this login: wait, the password was not even checked. */
class SignInThrottledException extends AuthenticationException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient Duration wait;

    SignInThrottledException(Duration wait) {
        super("Sign-in throttled for " + wait);
        this.wait = wait;
    }

    /** Whole seconds to wait, at least one. */
    long seconds() {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
