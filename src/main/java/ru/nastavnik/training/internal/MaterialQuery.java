package ru.nastavnik.training.internal;

import ru.nastavnik.training.MaterialAudience;

/** A search of the materials: words (Russian full text, ranked), a topic code, an audience; each may be empty. */
public record MaterialQuery(String words, String topic, MaterialAudience audience) {

    public MaterialQuery {
        words = words == null ? "" : words.strip();
        topic = topic == null ? "" : topic.strip();
    }

    public static MaterialQuery all() {
        return new MaterialQuery("", "", null);
    }
}
