package ru.nastavnik.organisation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing with growing delays instead of locking accounts (a lockout is a switch anyone can
 * flip to keep the real user out). Three counts of failures, each with a few free ones and then a wait that
 * doubles with every further failure: per account and address, per address across accounts (one attacker,
 * many accounts), and per account across addresses (many attackers, one account). The last two spare the
 * addresses the account recently signed in from: a flood from elsewhere, or from others behind her school's
 * shared address, does not keep her out of her usual place. The counts are in PostgreSQL (V108), shared by all
 * nodes, so a flood spread over them is slowed alike; quiet ones are deleted after an hour.
 */
@Component
class LoginThrottle {

    static final int FREE_PER_ACCOUNT_AND_ADDRESS = 5;
    static final int FREE_PER_ADDRESS = 30;
    static final int FREE_PER_ACCOUNT = 10;
    private static final Duration MAX_WAIT = Duration.ofMinutes(15);
    private static final Duration FORGET_AFTER = Duration.ofHours(1);
    private static final int KNOWN_ADDRESSES = 5;
    private static final int MAX_LENGTH = 200;

    private static final String PAIR = "P";
    private static final String ADDRESS = "A";
    private static final String ACCOUNT = "U";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    LoginThrottle(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** How long this attempt must wait before its password is even checked; empty if it may go on. */
    Optional<Duration> waitFor(String account, String address) {
        account = cut(account);
        address = cut(address);
        Instant now = clock.instant();
        Map<String, Failures> counts = new HashMap<>();
        jdbc.query(
                "select scope, failures, last_at from sign_in_failure where (scope, subject) in ((?, ?), (?, ?), (?, ?))",
                rs -> {
                    counts.put(
                            rs.getString(1),
                            new Failures(rs.getInt(2), rs.getTimestamp(3).toInstant()));
                },
                PAIR,
                pair(account, address),
                ADDRESS,
                address,
                ACCOUNT,
                account);
        Duration wait = remaining(counts.get(PAIR), FREE_PER_ACCOUNT_AND_ADDRESS, now);
        if (!known(account, address)) {
            wait = max(
                    wait,
                    max(
                            remaining(counts.get(ADDRESS), FREE_PER_ADDRESS, now),
                            remaining(counts.get(ACCOUNT), FREE_PER_ACCOUNT, now)));
        }
        return wait.compareTo(Duration.ZERO) > 0 ? Optional.of(wait) : Optional.empty();
    }

    void failed(String account, String address) {
        account = cut(account);
        address = cut(address);
        Timestamp now = Timestamp.from(clock.instant());
        List<Object[]> rows = new java.util.ArrayList<>(
                List.of(new Object[] {PAIR, pair(account, address), now}, new Object[] {ADDRESS, address, now}));
        if (!known(account, address)) {
            rows.add(new Object[] {ACCOUNT, account, now});
        }
        // one statement per count, atomic in the database: two nodes counting at once lose no failure
        jdbc.batchUpdate("""
                insert into sign_in_failure (scope, subject, failures, last_at) values (?, ?, 1, ?)
                on conflict (scope, subject) do update set
                    failures = case when sign_in_failure.last_at + interval '1 hour' < excluded.last_at then 1
                                    else sign_in_failure.failures + 1 end,
                    last_at = excluded.last_at""", rows);
    }

    void succeeded(String account, String address) {
        account = cut(account);
        address = cut(address);
        jdbc.update("delete from sign_in_failure where scope = ? and subject = ?", PAIR, pair(account, address));
        jdbc.update("""
                insert into sign_in_known_address (account, address, signed_in_at) values (?, ?, ?)
                on conflict (account, address) do update set signed_in_at = excluded.signed_in_at""", account, address, Timestamp.from(clock.instant()));
        jdbc.update("""
                delete from sign_in_known_address where account = ? and address not in (
                    select address from sign_in_known_address where account = ?
                    order by signed_in_at desc, address limit ?)""", account, account, KNOWN_ADDRESSES);
    }

    /** Failures quiet for an hour count no more: their rows go, so that a flood's table does not grow for good. */
    @Scheduled(initialDelayString = "PT10M", fixedDelayString = "PT10M")
    @SchedulerLock(name = "organisation-sign-in-failures-purge")
    void purge() {
        jdbc.update(
                "delete from sign_in_failure where last_at < ?",
                Timestamp.from(clock.instant().minus(FORGET_AFTER)));
    }

    private boolean known(String account, String address) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from sign_in_known_address where account = ? and address = ?)",
                Boolean.class,
                account,
                address));
    }

    private static Duration remaining(Failures failures, int free, Instant now) {
        if (failures == null
                || failures.count() < free
                || failures.last().plus(FORGET_AFTER).isBefore(now)) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures.count() - free, 20);
        Duration wait = Duration.ofSeconds(1L << doublings);
        if (wait.compareTo(MAX_WAIT) > 0) {
            wait = MAX_WAIT;
        }
        return Duration.between(now, failures.last().plus(wait));
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String pair(String account, String address) {
        return account + '\n' + address;
    }

    private static String cut(String value) {
        return value.length() > MAX_LENGTH ? value.substring(0, MAX_LENGTH) : value;
    }

    private record Failures(int count, Instant last) {}
}
