package ru.nastavnik.organisation.web;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import ru.nastavnik.shared.Ids;

/** An API token of a user, as it is bound from a path (a malformed id is a 404). */
public record TokenId(@JsonValue UUID value) {

    public TokenId {
        Objects.requireNonNull(value, "TokenId");
    }

    public static TokenId of(String value) {
        return new TokenId(Ids.parse(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
