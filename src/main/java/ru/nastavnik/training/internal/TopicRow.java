package ru.nastavnik.training.internal;

import jakarta.persistence.Embeddable;
import ru.nastavnik.training.MaterialTopic;

/** A topic as stored with a material: its code and the title it had when chosen. */
@Embeddable
class TopicRow {

    private String code;
    private String title;

    protected TopicRow() {}

    TopicRow(String code, String title) {
        this.code = code;
        this.title = title;
    }

    MaterialTopic topic() {
        return new MaterialTopic(code, title);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TopicRow row && row.code.equals(code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }
}
