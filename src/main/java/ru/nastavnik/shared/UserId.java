package ru.nastavnik.shared;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

public record UserId(@JsonValue UUID value) implements java.io.Serializable {

    public UserId {
        Objects.requireNonNull(value, "user id");
    }

    public static UserId of(String value) {
        return new UserId(Ids.parse(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
