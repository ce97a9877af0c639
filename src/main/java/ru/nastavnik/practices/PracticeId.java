package ru.nastavnik.practices;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import ru.nastavnik.shared.Ids;

public record PracticeId(@JsonValue UUID value) {

    public PracticeId {
        Objects.requireNonNull(value, "practice id");
    }

    public static PracticeId of(String value) {
        return new PracticeId(Ids.parse(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
