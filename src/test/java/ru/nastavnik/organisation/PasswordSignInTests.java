package ru.nastavnik.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import ru.nastavnik.MutableClock;
import ru.nastavnik.shared.RoleGrant;
import ru.nastavnik.shared.UserId;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** Sign-in by password, its throttle counting in the database (hence the context); the counts start empty. */
@SpringBootTest
@AutoConfigureMockMvc
class PasswordSignInTests {

    @Autowired
    JdbcTemplate jdbc;

    MutableClock clock = new MutableClock();
    AtomicInteger hashes = new AtomicInteger();
    PasswordEncoder encoder = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return "h:" + raw;
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            hashes.incrementAndGet();
            return encoded.equals("h:" + raw);
        }
    };
    String hash = "h:correct-horse-battery";
    boolean enabled = true;
    UserId id = new UserId(UUID.randomUUID());
    UserDetailsService users = name -> {
        if (!name.equals("maria")) {
            throw new UsernameNotFoundException("no");
        }
        return new NastavnikPrincipal(id, "maria", "Мария", hash, Set.<RoleGrant>of(), enabled, false);
    };
    List<AuditEvent> audit = new ArrayList<>();
    FailedSignIns failures = new FailedSignIns(e -> audit.add((AuditEvent) e), clock);
    PasswordSignIn api;
    PasswordSignIn form;

    @BeforeEach
    void setUp() {
        LoginThrottleTests.forgetEverySignIn(jdbc);
        LoginThrottle throttle = new LoginThrottle(jdbc, clock);
        api = new PasswordSignIn(
                users, encoder, throttle, failures, new BasicCredentialCache(clock, Duration.ofMinutes(1)));
        form = new PasswordSignIn(users, encoder, throttle, failures, null);
    }

    @Test
    void basicAuthOnTheApiHashesThePasswordOnceAndThenRemembersIt() {
        for (int i = 0; i < 20; i++) {
            assertThat(api.authenticate(attempt("maria", "correct-horse-battery", "10.0.0.1"))
                            .isAuthenticated())
                    .isTrue();
        }
        assertThat(hashes).hasValue(1);
        clock.advance(Duration.ofMinutes(2));
        api.authenticate(attempt("maria", "correct-horse-battery", "10.0.0.1"));
        assertThat(hashes).hasValue(2);
    }

    @Test
    void theLoginFormVerifiesEveryAttempt() {
        for (int i = 0; i < 3; i++) {
            form.authenticate(attempt("maria", "correct-horse-battery", "10.0.0.1"));
        }
        assertThat(hashes).hasValue(3);
    }

    @Test
    void aPasswordChangeOrABlockEndsWhatWasRemembered() {
        api.authenticate(attempt("maria", "correct-horse-battery", "10.0.0.1"));
        hash = "h:another-long-passphrase";
        assertThatThrownBy(() -> api.authenticate(attempt("maria", "correct-horse-battery", "10.0.0.1")))
                .isInstanceOf(BadCredentialsException.class);
        api.authenticate(attempt("maria", "another-long-passphrase", "10.0.0.1"));
        enabled = false;
        assertThatThrownBy(() -> api.authenticate(attempt("maria", "another-long-passphrase", "10.0.0.1")))
                .isInstanceOf(AuthenticationException.class);
    }

    @Test
    void anUnknownLoginFailsExactlyLikeAWrongPassword() {
        Throwable unknown = catchFailure(() -> form.authenticate(attempt("nobody", "whatever-password", "10.0.0.1")));
        Throwable wrong = catchFailure(() -> form.authenticate(attempt("maria", "whatever-password", "10.0.0.1")));
        assertThat(unknown).isInstanceOf(BadCredentialsException.class).hasMessage(wrong.getMessage());
        assertThat(wrong).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void aBlockedAccountAnswersAWrongPasswordLikeAnyOther() {
        enabled = false;
        Throwable blocked = catchFailure(() -> form.authenticate(attempt("maria", "whatever-password", "10.0.0.1")));
        assertThat(blocked).isInstanceOf(BadCredentialsException.class);
        assertThat(hashes).hasValue(1);
    }

    @Test
    void aThrottledAttemptIsRefusedBeforeItsPasswordIsChecked() {
        for (int i = 0; i < LoginThrottle.FREE_PER_ACCOUNT_AND_ADDRESS; i++) {
            catchFailure(() -> form.authenticate(attempt("maria", "guess-" + UUID.randomUUID(), "203.0.113.5")));
        }
        int before = hashes.get();
        assertThatThrownBy(() -> form.authenticate(attempt("maria", "correct-horse-battery", "203.0.113.5")))
                .isInstanceOf(SignInThrottledException.class);
        assertThat(hashes).hasValue(before);
    }

    @Test
    void failuresReachTheAuditLogAsOneEntryPerLoginAndWindow() {
        for (int i = 0; i < 7; i++) {
            String address = "203.0.113." + (i % 2);
            catchFailure(() -> form.authenticate(attempt("maria", "guess-" + UUID.randomUUID(), address)));
        }
        catchFailure(() -> form.authenticate(attempt("nobody", "guess", "203.0.113.9")));
        assertThat(audit).isEmpty();
        failures.flush();
        assertThat(audit).hasSize(2);
        assertThat(audit.get(0).details()).contains("«maria»: 7 ").contains("203.0.113.0, 203.0.113.1");
        failures.flush();
        assertThat(audit).hasSize(2);
    }

    private static Throwable catchFailure(Runnable attempt) {
        try {
            attempt.run();
            return null;
        } catch (AuthenticationException e) {
            return e;
        }
    }

    private static UsernamePasswordAuthenticationToken attempt(String name, String password, String address) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(name, password);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        token.setDetails(new WebAuthenticationDetails(request));
        return token;
    }
}
