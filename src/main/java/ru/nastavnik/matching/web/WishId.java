package ru.nastavnik.matching.web;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import ru.nastavnik.shared.Ids;

/** A wish of a mentee or a mentor to be paired with one another, as it is bound from a path (a malformed id is a 404). */
public record WishId(@JsonValue UUID value) {

    public WishId {
        Objects.requireNonNull(value, "WishId");
    }

    public static WishId of(String value) {
        return new WishId(Ids.parse(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
