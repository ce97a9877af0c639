package ru.nastavnik.mentorship.internal;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import ru.nastavnik.shared.Ids;

/** Support of a mentee left without a mentor, as it is bound from a path (a malformed id is a 404). */
public record SupportId(@JsonValue UUID value) {

    public SupportId {
        Objects.requireNonNull(value, "SupportId");
    }

    public static SupportId of(String value) {
        return new SupportId(Ids.parse(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
