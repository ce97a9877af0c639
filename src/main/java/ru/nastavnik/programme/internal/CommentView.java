package ru.nastavnik.programme.internal;

import java.time.Instant;
import java.util.UUID;

/** {@code authorRole}: MENTOR, MENTEE or CURATOR. */
public record CommentView(UUID id, String authorName, String authorRole, String text, Instant createdAt) {}
