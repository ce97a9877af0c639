package ru.nastavnik.survey;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;
import ru.nastavnik.shared.Ids;

/** The id of a questionnaire. */
public record QuestionnaireId(@JsonValue UUID value) {

    public QuestionnaireId {
        java.util.Objects.requireNonNull(value, "value");
    }

    public static QuestionnaireId of(String text) {
        return new QuestionnaireId(Ids.parse(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
