package ru.nastavnik.documents;

import java.time.Instant;

/** A template as the administrator sees it: built-in or the organisation's own since a date. */
public record TemplateInfo(String kind, String titleKey, boolean customised, Instant uploadedAt) {
}
