package ru.nastavnik.programme;

import java.time.Instant;
import java.util.UUID;

public record EvidenceView(UUID id, UUID activityId, String title, String url, boolean file, Instant addedAt) {}
