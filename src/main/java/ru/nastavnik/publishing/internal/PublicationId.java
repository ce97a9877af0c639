package ru.nastavnik.publishing.internal;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import ru.nastavnik.shared.Ids;

public record PublicationId(@JsonValue UUID value) {

    public PublicationId {
        Objects.requireNonNull(value, "publication id");
    }

    public static PublicationId of(String value) {
        return new PublicationId(Ids.parse(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
