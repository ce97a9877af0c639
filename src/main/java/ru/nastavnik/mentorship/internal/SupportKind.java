package ru.nastavnik.mentorship.internal;

/** What a mentee waiting for a mentor is given meanwhile (the roadmap's "support of those left without a mentor"). */
public enum SupportKind {
    PSYCHOLOGICAL,
    CONSULTATION,
    GROUP,
    OTHER;

    public String messageKey() {
        return "mentorship.support." + name();
    }
}
