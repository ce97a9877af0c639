package ru.nastavnik.publishing.channels;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

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
