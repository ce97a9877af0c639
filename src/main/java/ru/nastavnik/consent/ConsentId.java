package ru.nastavnik.consent;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import ru.nastavnik.shared.Ids;

public record ConsentId(@JsonValue UUID value) {

    public ConsentId {
        Objects.requireNonNull(value, "consent id");
    }

    public static ConsentId of(String value) {
        return new ConsentId(Ids.parse(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
