package ru.nastavnik.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class LoginThrottleTests {

    MutableClock clock = new MutableClock();
    LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void failuresBeyondTheFreeOnesMakeEachNextAttemptWaitLonger() {
        for (int i = 1; i < LoginThrottle.FREE_PER_ACCOUNT_AND_ADDRESS; i++) {
            throttle.failed("maria", "10.0.0.1");
        }
        assertThat(throttle.waitFor("maria", "10.0.0.1")).isEmpty();
        throttle.failed("maria", "10.0.0.1");
        assertThat(throttle.waitFor("maria", "10.0.0.1")).contains(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.waitFor("maria", "10.0.0.1")).isEmpty();
        throttle.failed("maria", "10.0.0.1");
        assertThat(throttle.waitFor("maria", "10.0.0.1")).contains(Duration.ofSeconds(2));
        for (int i = 0; i < 30; i++) {
            throttle.failed("maria", "10.0.0.1");
        }
        assertThat(throttle.waitFor("maria", "10.0.0.1")).contains(Duration.ofMinutes(15));
    }

    @Test
    void aFloodFromElsewhereDoesNotKeepHerOutOfHerUsualPlace() {
        throttle.succeeded("maria", "10.0.0.1");
        for (int i = 0; i < 200; i++) {
            throttle.failed("maria", "203.0.113." + (i % 100));
        }
        assertThat(throttle.waitFor("maria", "10.0.0.1")).isEmpty();
        assertThat(throttle.waitFor("maria", "198.51.100.9")).isPresent();
    }

    @Test
    void oneAddressGuessingManyAccountsIsSlowedDownForAll() {
        for (int i = 0; i < LoginThrottle.FREE_PER_ADDRESS; i++) {
            throttle.failed("user" + i, "203.0.113.5");
        }
        assertThat(throttle.waitFor("someone-else", "203.0.113.5")).isPresent();
        assertThat(throttle.waitFor("someone-else", "10.0.0.1")).isEmpty();
    }

    @Test
    void othersGuessingBehindHerSchoolsSharedAddressDoNotKeepHerOut() {
        throttle.succeeded("maria", "192.0.2.10");
        for (int i = 0; i < 3 * LoginThrottle.FREE_PER_ADDRESS; i++) {
            throttle.failed("user" + i, "192.0.2.10");
        }
        assertThat(throttle.waitFor("someone-else", "192.0.2.10")).isPresent();
        assertThat(throttle.waitFor("maria", "192.0.2.10")).isEmpty();
    }

    @Test
    void failuresAreForgottenAfterAnHourOfQuiet() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("maria", "10.0.0.1");
        }
        clock.advance(Duration.ofMinutes(61));
        assertThat(throttle.waitFor("maria", "10.0.0.1")).isEmpty();
        throttle.failed("maria", "10.0.0.1");
        assertThat(throttle.waitFor("maria", "10.0.0.1")).isEmpty();
    }

    @Test
    void memoryStaysBoundedUnderAFloodOfNewNamesAndAddresses() {
        for (int i = 0; i < 3 * LoginThrottle.MAX_KEYS; i++) {
            throttle.failed("name" + i, "addr" + i);
        }
        assertThat(throttle.size()).isLessThanOrEqualTo(3 * LoginThrottle.MAX_KEYS);
    }
}
