package ru.nastavnik.publishing.internal;

import java.util.List;

/** A news item after a save, and what the sanitiser removed from its text (empty when nothing was). */
public record Saved(PublicationView publication, List<String> stripped) {

    public Saved {
        stripped = List.copyOf(stripped);
    }
}
