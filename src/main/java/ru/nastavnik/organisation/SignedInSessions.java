package ru.nastavnik.organisation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A session begins anonymous (the login page and its CSRF token) with the short timeout of
 * {@code server.servlet.session.timeout}, 15 minutes: views of the login page by crawlers or a flood leave rows in
 * the sessions' table that are soon deleted. Signing in changes the session's id (against session fixation, as
 * Spring Security's default did) and gives the session the working day's timeout,
 * {@code nastavnik.session.signed-in-timeout} (8 hours).
 */
final class SignedInSessions implements SessionAuthenticationStrategy {

    private final SessionAuthenticationStrategy fixation = new ChangeSessionIdAuthenticationStrategy();
    private final Duration timeout;

    SignedInSessions(Duration timeout) {
        this.timeout = timeout;
    }

    /**
     * A login form sent after its anonymous session ended carries a CSRF token nobody knows any more: back to the
     * login page with a word of why, rather than a bare 403. Every other refusal is answered as before.
     */
    static AccessDeniedHandler staleLoginForm() {
        AccessDeniedHandler otherwise = new AccessDeniedHandlerImpl();
        return (request, response, denied) -> {
            if (denied instanceof CsrfException && "/login".equals(request.getServletPath())) {
                response.sendRedirect(request.getContextPath() + "/login?error=stale");
            } else {
                otherwise.handle(request, response, denied);
            }
        };
    }

    @Override
    public void onAuthentication(
            Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        fixation.onAuthentication(authentication, request, response);
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.setMaxInactiveInterval(Math.toIntExact(timeout.toSeconds()));
        }
    }
}
