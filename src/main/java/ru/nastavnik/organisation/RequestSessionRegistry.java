package ru.nastavnik.organisation;

import jakarta.servlet.http.HttpSession;
import java.util.Date;
import java.util.List;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The sessions' registry of Spring Session, except that the session of the request being served is answered from that
 * session as the request already read it. The concurrent-session check asks on every request whether its session was
 * ended; Spring Session's registry read the session's row and its attributes a second time for that (and deserialised
 * the security context again): a tenth to a quarter of a list page's processor time under load. An ended session
 * carries the same mark either way, so a password change or a block still ends it on every node.
 */
final class RequestSessionRegistry implements SessionRegistry {

    /**
     * The attribute by which Spring Session's {@code SpringSessionBackedSessionInformation.expireNow()} marks a session
     * ended (its constant is package-private; RequestSessionRegistryTests ends a session through the stored registry).
     */
    static final String EXPIRED = "org.springframework.session.security.SpringSessionBackedSessionInformation.EXPIRED";

    private final SessionRegistry stored;

    RequestSessionRegistry(SessionRegistry stored) {
        this.stored = stored;
    }

    @Override
    public SessionInformation getSessionInformation(String sessionId) {
        HttpSession current = currentSession();
        if (current == null || !current.getId().equals(sessionId)) {
            return stored.getSessionInformation(sessionId);
        }
        Object context = current.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        String principal = context instanceof SecurityContext c && c.getAuthentication() != null
                ? c.getAuthentication().getName()
                : "";
        SessionInformation information =
                new SessionInformation(principal, sessionId, new Date(current.getLastAccessedTime()));
        if (Boolean.TRUE.equals(current.getAttribute(EXPIRED))) {
            information.expireNow();
        }
        return information;
    }

    private static HttpSession currentSession() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            try {
                return attributes.getRequest().getSession(false);
            } catch (IllegalStateException invalidated) {
                return null;
            }
        }
        return null;
    }

    @Override
    public List<Object> getAllPrincipals() {
        return stored.getAllPrincipals();
    }

    @Override
    public List<SessionInformation> getAllSessions(Object principal, boolean includeExpiredSessions) {
        return stored.getAllSessions(principal, includeExpiredSessions);
    }

    @Override
    public void refreshLastRequest(String sessionId) {
        stored.refreshLastRequest(sessionId);
    }

    @Override
    public void registerNewSession(String sessionId, Object principal) {
        stored.registerNewSession(sessionId, principal);
    }

    @Override
    public void removeSessionInformation(String sessionId) {
        stored.removeSessionInformation(sessionId);
    }
}
