package ru.nastavnik.organisation.internal;

import java.io.Serial;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** A request signed in by a personal API token rather than by the person's password. */
public final class TokenAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final NastavnikPrincipal principal;

    public TokenAuthentication(NastavnikPrincipal principal) {
        super(principal.getAuthorities());
        this.principal = principal;
        setAuthenticated(true);
    }

    public static boolean is(Authentication authentication) {
        return authentication instanceof TokenAuthentication;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public NastavnikPrincipal getPrincipal() {
        return principal;
    }
}
