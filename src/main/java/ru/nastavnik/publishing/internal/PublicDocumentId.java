package ru.nastavnik.publishing.internal;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** A document the curator chose to show on the public section. */
public record PublicDocumentId(@JsonValue UUID value) {

    public PublicDocumentId {
        Objects.requireNonNull(value, "public document id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
