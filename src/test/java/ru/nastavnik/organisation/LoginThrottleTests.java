package ru.nastavnik.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.nastavnik.MutableClock;

/** The throttle on the database it counts in (V108), with a clock of its own; the counts start empty. */
@SpringBootTest
@AutoConfigureMockMvc
class LoginThrottleTests {

    @Autowired
    JdbcTemplate jdbc;

    MutableClock clock = new MutableClock();
    LoginThrottle throttle;

    @BeforeEach
    void setUp() {
        forgetEverySignIn(jdbc);
        throttle = new LoginThrottle(jdbc, clock);
    }

    static void forgetEverySignIn(JdbcTemplate jdbc) {
        jdbc.update("delete from sign_in_failure");
        jdbc.update("delete from sign_in_known_address");
    }

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
    void aFloodSpreadOverTwoNodesIsSlowedAsOnOne() {
        LoginThrottle otherNode = new LoginThrottle(jdbc, clock);
        for (int i = 0; i < LoginThrottle.FREE_PER_ACCOUNT_AND_ADDRESS; i++) {
            (i % 2 == 0 ? throttle : otherNode).failed("maria", "203.0.113.7");
        }
        assertThat(throttle.waitFor("maria", "203.0.113.7")).contains(Duration.ofSeconds(1));
        assertThat(otherNode.waitFor("maria", "203.0.113.7")).contains(Duration.ofSeconds(1));
    }

    @Test
    void quietFailuresAreDeletedSoThatAFloodLeavesNoLastingRows() {
        for (int i = 0; i < 50; i++) {
            throttle.failed("name" + i, "addr" + i);
        }
        clock.advance(Duration.ofMinutes(30));
        throttle.failed("maria", "10.0.0.1");
        clock.advance(Duration.ofMinutes(31));
        throttle.purge();
        assertThat(jdbc.queryForList("select subject from sign_in_failure", String.class))
                .containsExactlyInAnyOrder("maria\n10.0.0.1", "10.0.0.1", "maria");
    }

    @Test
    void onlyTheLastFiveAddressesOfAnAccountAreKnown() {
        for (int i = 1; i <= 7; i++) {
            throttle.succeeded("maria", "192.0.2." + i);
            clock.advance(Duration.ofSeconds(1));
        }
        assertThat(jdbc.queryForList("select address from sign_in_known_address where account = 'maria'", String.class))
                .containsExactlyInAnyOrder("192.0.2.3", "192.0.2.4", "192.0.2.5", "192.0.2.6", "192.0.2.7");
    }
}
