package ru.nastavnik.programme.web;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import ru.nastavnik.shared.Ids;

/**
 * An activity of a programme's plan, as it is bound from a path (a malformed id is a 404). Public: the path
 * converter calls {@link #of} only on a public type.
 */
public record ActivityId(@JsonValue UUID value) {

    public ActivityId {
        Objects.requireNonNull(value, "activity id");
    }

    public static ActivityId of(String value) {
        return new ActivityId(Ids.parse(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
