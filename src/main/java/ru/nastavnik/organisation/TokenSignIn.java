package ru.nastavnik.organisation;

import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.organisation.internal.ApiTokens;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Who an API call's Bearer token signs in: the owner of a usable token (marked used), if her account still lets her
 * in. Here rather than in {@link ApiTokens}: the accounts stay package-private in this package.
 */
@Component
@Transactional
class TokenSignIn {

    private final ApiTokens tokens;
    private final UserRepository users;

    TokenSignIn(ApiTokens tokens, UserRepository users) {
        this.tokens = tokens;
        this.users = users;
    }

    Optional<NastavnikPrincipal> authenticate(String token) {
        Instant now = Instant.now();
        return tokens.userOf(token, now)
                .flatMap(users::findById)
                .map(u -> u.principal(now))
                .filter(p -> p.isEnabled() && p.isAccountNonLocked());
    }
}
