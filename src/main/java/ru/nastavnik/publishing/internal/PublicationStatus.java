package ru.nastavnik.publishing.internal;

/** A draft is seen only by the school's curator and director; only a published item is public. */
public enum PublicationStatus {
    DRAFT,
    SCHEDULED,
    PUBLISHED,
    UNPUBLISHED;

    public String messageKey() {
        return "publishing.status." + name();
    }
}
