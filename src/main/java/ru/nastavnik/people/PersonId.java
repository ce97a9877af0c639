package ru.nastavnik.people;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import ru.nastavnik.shared.Ids;

public record PersonId(@JsonValue UUID value) {

    public PersonId {
        Objects.requireNonNull(value, "person id");
    }

    public static PersonId of(String value) {
        return new PersonId(Ids.parse(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
