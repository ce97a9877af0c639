package ru.nastavnik.notifications.internal;

import java.time.Instant;
import java.util.UUID;

/** A notification as its recipient reads it; {@code link} the page it leads to (a path), or null. */
public record NotificationView(UUID id, String subject, String body, String link, Instant createdAt, boolean read) {}
