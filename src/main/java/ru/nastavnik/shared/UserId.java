package ru.nastavnik.shared;

import java.util.Objects;
import java.util.UUID;

public record UserId(UUID value) {

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
