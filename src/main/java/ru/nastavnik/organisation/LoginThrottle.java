package ru.nastavnik.organisation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Slows password guessing with growing delays instead of locking accounts (a lockout is a switch anyone can
 * flip to keep the real user out). Three counts of failures, each with a few free ones and then a wait that
 * doubles with every further failure: per account and address, per address across accounts (one attacker,
 * many accounts), and per account across addresses (many attackers, one account). The last two spare the
 * addresses the account recently signed in from: a flood from elsewhere, or from others behind her school's
 * shared address, does not keep her out of her usual place. Memory is bounded: each map forgets its least recent keys past {@link #MAX_KEYS}.
 */
@Component
class LoginThrottle {

    static final int MAX_KEYS = 20_000;
    static final int FREE_PER_ACCOUNT_AND_ADDRESS = 5;
    static final int FREE_PER_ADDRESS = 30;
    static final int FREE_PER_ACCOUNT = 10;
    private static final Duration MAX_WAIT = Duration.ofMinutes(15);
    private static final Duration FORGET_AFTER = Duration.ofHours(1);
    private static final int KNOWN_ADDRESSES = 5;

    private final Clock clock;
    private final Map<String, Failures> byAccountAndAddress = bounded();
    private final Map<String, Failures> byAddress = bounded();
    private final Map<String, Failures> byAccount = bounded();
    private final Map<String, Set<String>> knownAddresses = bounded();

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long this attempt must wait before its password is even checked; empty if it may go on. */
    synchronized Optional<Duration> waitFor(String account, String address) {
        Instant now = clock.instant();
        Duration wait = remaining(byAccountAndAddress.get(account + '\n' + address), FREE_PER_ACCOUNT_AND_ADDRESS, now);
        if (!knownAddresses.getOrDefault(account, Set.of()).contains(address)) {
            wait = max(wait, max(remaining(byAddress.get(address), FREE_PER_ADDRESS, now),
                    remaining(byAccount.get(account), FREE_PER_ACCOUNT, now)));
        }
        return wait.compareTo(Duration.ZERO) > 0 ? Optional.of(wait) : Optional.empty();
    }

    synchronized void failed(String account, String address) {
        Instant now = clock.instant();
        count(byAccountAndAddress, account + '\n' + address, now);
        count(byAddress, address, now);
        if (!knownAddresses.getOrDefault(account, Set.of()).contains(address)) {
            count(byAccount, account, now);
        }
    }

    synchronized void succeeded(String account, String address) {
        byAccountAndAddress.remove(account + '\n' + address);
        Set<String> known = knownAddresses.computeIfAbsent(account, a -> new LinkedHashSet<>());
        known.remove(address);
        known.add(address);
        if (known.size() > KNOWN_ADDRESSES) {
            known.remove(known.iterator().next());
        }
    }

    synchronized int size() {
        return byAccountAndAddress.size() + byAddress.size() + byAccount.size() + knownAddresses.size();
    }

    private void count(Map<String, Failures> map, String key, Instant now) {
        Failures previous = map.get(key);
        int count = previous == null || previous.last().plus(FORGET_AFTER).isBefore(now) ? 1 : previous.count() + 1;
        map.put(key, new Failures(count, now));
    }

    private static Duration remaining(Failures failures, int free, Instant now) {
        if (failures == null || failures.count() < free || failures.last().plus(FORGET_AFTER).isBefore(now)) {
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

    private static <V> Map<String, V> bounded() {
        return new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > MAX_KEYS;
            }
        };
    }

    private record Failures(int count, Instant last) {
    }
}
