package ru.nastavnik.training.internal;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import ru.nastavnik.shared.Ids;

/** A mastery check of the mentor course (a scored questionnaire with a pass mark). */
public record MasteryCheckId(@JsonValue UUID value) {

    public MasteryCheckId {
        Objects.requireNonNull(value, "mastery check id");
    }

    public static MasteryCheckId of(String value) {
        return new MasteryCheckId(Ids.parse(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
