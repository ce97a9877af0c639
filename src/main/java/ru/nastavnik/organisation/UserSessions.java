package ru.nastavnik.organisation;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import ru.nastavnik.shared.UserId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The browser sessions of a user, to end them when her password changes or she is blocked. The registry is
 * this node's memory, as the sessions themselves are (see the README on several nodes).
 */
@Component
class UserSessions {

    private final SessionRegistry registry;

    UserSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    /** Every session of the user except the one this request belongs to. */
    int endOthers(UserId user) {
        return end(user, currentSessionId());
    }

    int endAll(UserId user) {
        return end(user, null);
    }

    private int end(UserId user, String keep) {
        int ended = 0;
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof NastavnikPrincipal p && p.id().equals(user)) {
                for (SessionInformation session : registry.getAllSessions(p, false)) {
                    if (!session.getSessionId().equals(keep)) {
                        session.expireNow();
                        ended++;
                    }
                }
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
