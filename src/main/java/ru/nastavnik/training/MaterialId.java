package ru.nastavnik.training;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import ru.nastavnik.shared.Ids;

public record MaterialId(@JsonValue UUID value) {

    public MaterialId {
        Objects.requireNonNull(value, "material id");
    }

    public static MaterialId of(String value) {
        return new MaterialId(Ids.parse(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
