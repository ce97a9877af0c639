package ru.nastavnik.programme;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import ru.nastavnik.shared.Ids;

/** A personalised programme (ПНП), as it is bound from a path (a malformed id is a 404). */
public record ProgrammeId(@JsonValue UUID value) {

    public ProgrammeId {
        Objects.requireNonNull(value, "programme id");
    }

    public static ProgrammeId of(String value) {
        return new ProgrammeId(Ids.parse(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
