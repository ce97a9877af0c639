package ru.nastavnik.training.internal;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import ru.nastavnik.shared.Ids;

public record CourseId(@JsonValue UUID value) {

    public CourseId {
        Objects.requireNonNull(value, "course id");
    }

    public static CourseId of(String value) {
        return new CourseId(Ids.parse(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
