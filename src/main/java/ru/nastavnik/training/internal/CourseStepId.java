package ru.nastavnik.training.internal;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import ru.nastavnik.shared.Ids;

/** A step of a mentor course, as it is bound from a path (a malformed id is a 404). */
public record CourseStepId(@JsonValue UUID value) {

    public CourseStepId {
        Objects.requireNonNull(value, "mentor course step id");
    }

    public static CourseStepId of(String value) {
        return new CourseStepId(Ids.parse(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
