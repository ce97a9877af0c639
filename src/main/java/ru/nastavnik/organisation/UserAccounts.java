package ru.nastavnik.organisation;

import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** Loads users for sign-in (throttling is {@link LoginThrottle}'s) and logs each sign-in from the login page. */
@Component
class UserAccounts implements UserDetailsService {

    private final UserRepository users;
    private final ApplicationEventPublisher events;

    UserAccounts(UserRepository users, ApplicationEventPublisher events) {
        this.users = users;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsername(username == null ? "" : username.trim())
                .map(u -> u.principal(Instant.now()))
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    /** A sign-in from the login page (API calls authenticate on every request and are not logged here). */
    // Spring Security's event, in the sign-in request: its audit entry is written there (see AuditRecorder)
    @EventListener
    @Transactional
    public void onInteractiveLogin(InteractiveAuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof NastavnikPrincipal principal) {
            events.publishEvent(new AuditEvent(
                    principal.homeOrganisation().orElse(null),
                    AuditAction.LOGIN,
                    "User",
                    principal.id().value(),
                    "вход в систему"));
        }
    }
}
