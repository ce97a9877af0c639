package ru.nastavnik.monitoring.web;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** A result recorded on a programme (a category earned, a contest, an open lesson). */
public record ProgrammeResultId(@JsonValue UUID value) {

    public ProgrammeResultId {
        Objects.requireNonNull(value, "programme result id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
