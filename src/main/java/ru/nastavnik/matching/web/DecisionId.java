package ru.nastavnik.matching.web;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import ru.nastavnik.shared.Ids;

/** A pin or an exclusion of a pair for the next matching runs, as it is bound from a path (a malformed id is a 404). */
public record DecisionId(@JsonValue UUID value) {

    public DecisionId {
        Objects.requireNonNull(value, "DecisionId");
    }

    public static DecisionId of(String value) {
        return new DecisionId(Ids.parse(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
