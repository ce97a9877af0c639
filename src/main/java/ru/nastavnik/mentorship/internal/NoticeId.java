package ru.nastavnik.mentorship.internal;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import ru.nastavnik.shared.Ids;

/** A notice that mentors were found for a waiting mentee, as it is bound from a path (a malformed id is a 404). */
public record NoticeId(@JsonValue UUID value) {

    public NoticeId {
        Objects.requireNonNull(value, "NoticeId");
    }

    public static NoticeId of(String value) {
        return new NoticeId(Ids.parse(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
