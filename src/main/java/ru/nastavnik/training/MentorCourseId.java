package ru.nastavnik.training;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import ru.nastavnik.shared.Ids;

public record MentorCourseId(@JsonValue UUID value) {

    public MentorCourseId {
        Objects.requireNonNull(value, "mentor course id");
    }

    public static MentorCourseId of(String value) {
        return new MentorCourseId(Ids.parse(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
