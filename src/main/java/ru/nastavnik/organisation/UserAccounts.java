package ru.nastavnik.organisation;

import java.time.Instant;

import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.shared.security.NastavnikPrincipal;

/** Loads users for sign-in and throttles guessing: repeated failures lock the account for a while. */
@Component
class UserAccounts implements UserDetailsService {

    private final UserRepository users;

    UserAccounts(UserRepository users) {
        this.users = users;
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
            users.findByUsername(name.toString().trim()).ifPresent(u -> u.loginFailed(Instant.now()));
        }
    }
}
