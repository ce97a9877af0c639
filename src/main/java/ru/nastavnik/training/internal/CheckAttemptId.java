package ru.nastavnik.training.internal;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import ru.nastavnik.shared.Ids;

/** One attempt of a mentor at a mastery check. */
public record CheckAttemptId(@JsonValue UUID value) {

    public CheckAttemptId {
        Objects.requireNonNull(value, "check attempt id");
    }

    public static CheckAttemptId of(String value) {
        return new CheckAttemptId(Ids.parse(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
