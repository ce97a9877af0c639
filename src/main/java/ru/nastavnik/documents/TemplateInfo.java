package ru.nastavnik.documents;

import java.time.Instant;

/**
 * A template as the administrator sees it: built-in or the organisation's own since a date; {@code version}: as
 * read (the If-Match of the next upload).
 */
public record TemplateInfo(String kind, String titleKey, boolean customised, Instant uploadedAt, long version) {}
