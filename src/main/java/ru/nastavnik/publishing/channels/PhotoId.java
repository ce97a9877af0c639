package ru.nastavnik.publishing.channels;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** A photo of a news item. */
public record PhotoId(@JsonValue UUID value) {

    public PhotoId {
        Objects.requireNonNull(value, "photo id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
