package ru.nastavnik.organisation;

import java.util.Locale;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Sign-in by login and password, for the login form and for HTTP Basic on the API: throttled (a waiting
 * attempt is refused before its password is checked), failures counted for the audit log, and — on the API
 * only — recent successes remembered so that a script does not pay an Argon2 hash per request. The answer
 * to a wrong login and to a wrong password is the same.
 */
class PasswordSignIn implements AuthenticationProvider {

    private final UserDetailsService users;
    private final DaoAuthenticationProvider verifier;
    private final LoginThrottle throttle;
    private final FailedSignIns failures;
    private final BasicCredentialCache cache;

    /** {@code cache} null: every attempt is verified (the login form, which signs in once per session). */
    PasswordSignIn(
            UserDetailsService users,
            PasswordEncoder encoder,
            LoginThrottle throttle,
            FailedSignIns failures,
            BasicCredentialCache cache) {
        this.users = users;
        this.verifier = new DaoAuthenticationProvider(users);
        this.verifier.setPasswordEncoder(encoder);
        // the password first, the account's state after: a blocked account then answers a wrong password, in
        // the same time, exactly as any other does
        this.verifier.setPreAuthenticationChecks(user -> {});
        this.verifier.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        this.throttle = throttle;
        this.failures = failures;
        this.cache = cache;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String account =
                attempt.getName() == null ? "" : attempt.getName().trim().toLowerCase(Locale.ROOT);
        String password =
                attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails d && d.getRemoteAddress() != null
                ? d.getRemoteAddress()
                : "?";
        Authentication remembered = remembered(account, password, attempt);
        if (remembered != null) {
            return remembered;
        }
        var wait = throttle.waitFor(account, address);
        if (wait.isPresent()) {
            throw new SignInThrottledException(wait.get());
        }
        Authentication result;
        try {
            result = verifier.authenticate(attempt);
        } catch (BadCredentialsException e) {
            throttle.failed(account, address);
            failures.failed(account, address);
            throw e;
        }
        throttle.succeeded(account, address);
        if (cache != null && result.getPrincipal() instanceof UserDetails verified) {
            cache.remember(account, password, verified.getPassword());
        }
        return result;
    }

    private Authentication remembered(String account, String password, Authentication attempt) {
        if (cache == null || account.isEmpty()) {
            return null;
        }
        try {
            UserDetails current = users.loadUserByUsername(account);
            if (!cache.knows(account, password, current)) {
                return null;
            }
            var result = UsernamePasswordAuthenticationToken.authenticated(current, null, current.getAuthorities());
            result.setDetails(attempt.getDetails());
            return result;
        } catch (UsernameNotFoundException e) {
            return null;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
