package ru.nastavnik.organisation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** A personal API token; only its SHA-256 is kept, the token itself is shown once. */
@Entity
@Table(name = "api_token")
class ApiToken {

    @Id
    private UUID id;

    @Column(name = "user_id")
    private UUID userId;

    private String name;

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {}

    ApiToken(UUID userId, String name, String tokenHash, Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.createdAt = Instant.now();
        this.expiresAt = expiresAt;
    }

    /**
     * Never past {@code maxValidity} from its creation, whatever its own date says: a token issued before the
     * administrator lowered the maximum (or before every token had a date) expires with the rest.
     */
    boolean usableAt(Instant now, Duration maxValidity) {
        return revokedAt == null
                && (expiresAt == null || expiresAt.isAfter(now))
                && createdAt.plus(maxValidity).isAfter(now);
    }

    void used(Instant now) {
        lastUsedAt = now;
    }

    void revoke() {
        if (revokedAt == null) {
            revokedAt = Instant.now();
        }
    }

    UUID userId() {
        return userId;
    }

    ApiTokenView view() {
        return new ApiTokenView(id, name, createdAt, expiresAt, lastUsedAt, revokedAt);
    }
}
