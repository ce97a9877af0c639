package ru.nastavnik.organisation;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The browser sessions of a user, to end them when her password changes or she is blocked. Sessions live in
 * PostgreSQL (Spring Session JDBC, indexed by user name), so this ends them on every node: an ended session is
 * marked expired, and the next request with it, on whichever node, goes to the sign-in page.
 */
@Component
class UserSessions {

    private final SessionRegistry registry;

    UserSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    /** Every session of the user except the one this request belongs to. */
    int endOthers(String username) {
        return end(username, currentSessionId());
    }

    int endAll(String username) {
        return end(username, null);
    }

    private int end(String username, String keep) {
        int ended = 0;
        for (SessionInformation session : registry.getAllSessions(username, false)) {
            if (!session.getSessionId().equals(keep)) {
                session.expireNow();
                ended++;
            }
        }
        return ended;
    }

    private static String currentSessionId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && attributes.getRequest().getSession(false) != null) {
            return attributes.getRequest().getSession(false).getId();
        }
        return null;
    }
}
