package ru.nastavnik.organisation;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * The first filter of the stateless doors (the API, the metrics): their requests have no session. Swagger UI, or a
 * page's own fetch with a token, sends the browser's session cookie along with the token; the call is signed in by
 * its token or password alone, and touching that session harmed the browser: the {@code SessionManagementFilter}
 * that a stateless chain still has took each call signed in by a token for a fresh sign-in and renewed the session's
 * id against fixation, so the browser's requests in flight with the old id went to the sign-in page (issue 20).
 * Behind this filter nothing — Spring Security, Spring Session, a controller — can read, save, renew or end the
 * browser's session. Not a bean: as a bean it would be registered for every request.
 */
final class HiddenBrowserSession implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request instanceof HttpServletRequest http ? new Sessionless(http) : request, response);
    }

    /** A request that came with no session cookie and may not create a session. */
    private static final class Sessionless extends HttpServletRequestWrapper {

        Sessionless(HttpServletRequest request) {
            super(request);
        }

        @Override
        public HttpSession getSession(boolean create) {
            if (create) {
                throw new IllegalStateException("A stateless request keeps no session");
            }
            return null;
        }

        @Override
        public HttpSession getSession() {
            return getSession(true);
        }

        @Override
        public String changeSessionId() {
            throw new IllegalStateException("A stateless request has no session to renew");
        }

        @Override
        public String getRequestedSessionId() {
            return null;
        }

        @Override
        public boolean isRequestedSessionIdValid() {
            return false;
        }

        @Override
        public boolean isRequestedSessionIdFromCookie() {
            return false;
        }

        @Override
        public boolean isRequestedSessionIdFromURL() {
            return false;
        }
    }
}
