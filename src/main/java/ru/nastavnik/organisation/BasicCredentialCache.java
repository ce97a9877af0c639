package ru.nastavnik.organisation;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Remembers for a short while that a login and password were right, so that a script calling the API with
 * HTTP Basic costs one Argon2 hash per {@link #ttl}, not one per request. Keyed by an HMAC of the credentials
 * under a key made at start (the password is never kept); a hit counts only while the account's password
 * hash is still the one verified and the account is usable, so a password change or a block ends it at once.
 * Bounded: the least recently used entries go past {@link #MAX_ENTRIES}.
 */
class BasicCredentialCache {

    static final int MAX_ENTRIES = 10_000;

    private final Clock clock;
    private final Duration ttl;
    private final SecretKeySpec key;
    private final Map<String, Entry> entries = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    BasicCredentialCache(Clock clock, Duration ttl) {
        this.clock = clock;
        this.ttl = ttl;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** True if these credentials were verified recently for this very account state. */
    synchronized boolean knows(String username, String password, UserDetails current) {
        String id = id(username, password);
        Entry entry = entries.get(id);
        if (entry == null) {
            return false;
        }
        boolean valid = entry.until().isAfter(clock.instant())
                && current.getPassword() != null
                && current.getPassword().equals(entry.passwordHash())
                && current.isEnabled()
                && current.isAccountNonLocked();
        if (!valid) {
            entries.remove(id);
        }
        return valid;
    }

    synchronized void remember(String username, String password, String passwordHash) {
        if (passwordHash != null && ttl.compareTo(Duration.ZERO) > 0) {
            entries.put(
                    id(username, password),
                    new Entry(passwordHash, clock.instant().plus(ttl)));
        }
    }

    synchronized int size() {
        return entries.size();
    }

    private String id(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Entry(String passwordHash, Instant until) {}
}
