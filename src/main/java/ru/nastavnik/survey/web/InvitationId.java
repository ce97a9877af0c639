package ru.nastavnik.survey.web;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import ru.nastavnik.shared.Ids;

/** An invitation of a person to answer a questionnaire, as it is bound from a path (a malformed id is a 404). */
public record InvitationId(@JsonValue UUID value) {

    public InvitationId {
        Objects.requireNonNull(value, "InvitationId");
    }

    public static InvitationId of(String value) {
        return new InvitationId(Ids.parse(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
