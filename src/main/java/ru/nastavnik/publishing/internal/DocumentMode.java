package ru.nastavnik.publishing.internal;

/**
 * How the curator shows a document in the public section: not at all (the default), with the names in it (only
 * while every person named consented to distribution), or with every name removed.
 */
public enum DocumentMode {
    HIDDEN,
    NAMED,
    ANONYMISED;

    public String messageKey() {
        return "publishingSite.mode." + name();
    }
}
