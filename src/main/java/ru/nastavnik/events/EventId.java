package ru.nastavnik.events;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import ru.nastavnik.shared.Ids;

public record EventId(@JsonValue UUID value) {

    public EventId {
        Objects.requireNonNull(value, "event id");
    }

    public static EventId of(String value) {
        return new EventId(Ids.parse(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
