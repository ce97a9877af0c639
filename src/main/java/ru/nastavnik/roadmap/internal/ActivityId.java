package ru.nastavnik.roadmap.internal;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import ru.nastavnik.shared.Ids;

/** A roadmap activity. */
public record ActivityId(@JsonValue UUID value) {

    public ActivityId {
        Objects.requireNonNull(value, "roadmap activity id");
    }

    public static ActivityId of(String value) {
        return new ActivityId(Ids.parse(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
