package ru.nastavnik.programme.internal;

import java.time.Instant;
import java.util.UUID;

public record EvidenceView(UUID id, UUID activityId, String title, String url, boolean file, Instant addedAt) {}
