package ru.nastavnik.events.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A user's personal feed address; only the hash of its token is kept, and a revoked one stops answering. */
@Entity
@Table(name = "calendar_feed")
class CalendarFeed {

    @Id
    private UUID id;

    @Column(name = "user_id")
    private UUID userId;

    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected CalendarFeed() {}

    CalendarFeed(UUID userId, String tokenHash, Instant now) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.tokenHash = tokenHash;
        this.createdAt = now;
    }

    void revoke(Instant now) {
        revokedAt = now;
    }

    UUID userId() {
        return userId;
    }

    Instant createdAt() {
        return createdAt;
    }
}
