package ru.nastavnik.organisation;

import java.time.Instant;

import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** Loads users for sign-in and throttles guessing: repeated failures lock the account for a while. */
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

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        recordFailure(event);
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof NastavnikPrincipal principal) {
            users.findById(principal.id().value()).ifPresent(User::loginSucceeded);
        }
    }

    private void recordFailure(AbstractAuthenticationFailureEvent event) {
        Object name = event.getAuthentication().getPrincipal();
        if (name != null) {
            users.countFailedLogin(name.toString().trim(), User.MAX_FAILED_LOGINS, Instant.now().plus(User.LOCK_TIME));
            events.publishEvent(new AuditEvent(null, AuditAction.LOGIN_FAILED, "User", null,
                    "неудачный вход: " + name.toString().trim()));
        }
    }

    /** A sign-in from the login page (API calls authenticate on every request and are not logged here). */
    @EventListener
    @Transactional
    public void onInteractiveLogin(InteractiveAuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof NastavnikPrincipal principal) {
            events.publishEvent(new AuditEvent(principal.homeOrganisation().orElse(null), AuditAction.LOGIN, "User",
                    principal.id().value(), "вход в систему"));
        }
    }
}
