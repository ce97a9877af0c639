package ru.nastavnik.programme.web;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import ru.nastavnik.shared.Ids;

/**
 * A piece of evidence attached to a programme's activity, as it is bound from a path (a malformed id is a 404).
 * Public: the path converter calls {@link #of} only on a public type.
 */
public record EvidenceId(@JsonValue UUID value) {

    public EvidenceId {
        Objects.requireNonNull(value, "evidence id");
    }

    public static EvidenceId of(String value) {
        return new EvidenceId(Ids.parse(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
