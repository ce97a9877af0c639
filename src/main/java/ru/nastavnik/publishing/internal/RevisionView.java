package ru.nastavnik.publishing.internal;

import java.time.Instant;

/** A kept version of a news item: when, by whom, what was done ({@code publishing.action.*}), and its text. */
public record RevisionView(Instant at, String by, String action, String title, String body) {

    public String actionKey() {
        return "publishing.action." + action;
    }
}
