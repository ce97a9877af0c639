package ru.nastavnik.shared.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Access to the signed-in user from services, where no controller argument is at hand. */
public final class CurrentUser {

    private CurrentUser() {}

    public static Optional<NastavnikPrincipal> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof NastavnikPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    public static NastavnikPrincipal get() {
        return find().orElseThrow(() -> new IllegalStateException("No signed-in user"));
    }
}
