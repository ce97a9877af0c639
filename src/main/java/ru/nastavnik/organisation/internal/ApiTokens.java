package ru.nastavnik.organisation.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.shared.ForbiddenException;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.UserId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** Issues, checks and revokes personal API tokens (Bearer), for scripts of the regional IT staff. */
@Service
@Transactional
public class ApiTokens {

    static final String PREFIX = "nst_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository tokens;
    private final int maxValidDays;

    ApiTokens(ApiTokenRepository tokens, @Value("${nastavnik.tokens.max-valid-days:365}") int maxValidDays) {
        if (maxValidDays < 1) {
            throw new IllegalStateException("nastavnik.tokens.max-valid-days must be at least 1, was " + maxValidDays);
        }
        this.tokens = tokens;
        this.maxValidDays = maxValidDays;
    }

    /**
     * Returns the token itself: the only time it is ever visible. Only a person signed in with her password
     * issues one: a token that could mint tokens would let a leaked token outlive its own revocation.
     */
    public IssuedToken issue(NastavnikPrincipal caller, String name, Integer validDays) {
        if (TokenAuthentication.is(SecurityContextHolder.getContext().getAuthentication())) {
            throw new ForbiddenException("A token may not issue tokens", "token.issue.signedInOnly");
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            throw InvalidInputException.of("name", "token.name.required");
        }
        if (validDays != null && (validDays < 1 || validDays > maxValidDays)) {
            throw InvalidInputException.of("validDays", "token.validDays.range", maxValidDays);
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant expires = Instant.now().plus(Duration.ofDays(validDays == null ? maxValidDays : validDays));
        ApiToken saved = tokens.save(new ApiToken(caller.id().value(), name.trim(), hash(token), expires));
        return new IssuedToken(saved.view(), token);
    }

    public int maxValidDays() {
        return maxValidDays;
    }

    @Transactional(readOnly = true)
    public List<ApiTokenView> of(NastavnikPrincipal caller) {
        return tokens.findByUserIdOrderByCreatedAtDesc(caller.id().value()).stream()
                .map(ApiToken::view)
                .toList();
    }

    public void revoke(NastavnikPrincipal caller, UUID tokenId) {
        tokens.findByIdAndUserId(tokenId, caller.id().value())
                .orElseThrow(NotFoundException::new)
                .revoke();
    }

    /** Every token of the person, when she is locked out or asks so with her password changed. */
    public int revokeAllOf(UserId user) {
        return tokens.revokeAllOf(user.value(), Instant.now());
    }

    /**
     * The owner of a usable token, marked used at {@code now}; whether her account still lets her in is the
     * sign-in's part ({@code TokenSignIn}, in the caller's transaction).
     */
    public Optional<UUID> userOf(String token, Instant now) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(hash(token))
                .filter(t -> t.usableAt(now, Duration.ofDays(maxValidDays)))
                .map(t -> {
                    t.used(now);
                    return t.userId();
                });
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public record IssuedToken(ApiTokenView token, String secret) {}
}
