package ru.nastavnik.organisation.internal;

import java.time.Instant;
import java.util.UUID;

public record ApiTokenView(
        UUID id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt, Instant revokedAt) {

    public boolean active() {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(Instant.now()));
    }
}
