package ru.nastavnik.mentorship;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import ru.nastavnik.shared.Ids;

/** The id of a pair or group. */
public record MentorshipId(@JsonValue UUID value) {

    public MentorshipId {
        Objects.requireNonNull(value, "mentorship id");
    }

    public static MentorshipId of(String value) {
        return new MentorshipId(Ids.parse(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
