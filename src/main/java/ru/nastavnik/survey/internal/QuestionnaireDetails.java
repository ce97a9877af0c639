package ru.nastavnik.survey.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import ru.nastavnik.survey.QuestionnairePurpose;

/** What a curator says about a questionnaire apart from its questions. */
public record QuestionnaireDetails(
        @NotBlank(message = "{survey.title.required}") @Size(max = 300, message = "{survey.title.tooLong}")
        String title,

        @Size(max = 4000, message = "{survey.description.tooLong}")
        String description,

        @NotNull(message = "{survey.purpose.required}") QuestionnairePurpose purpose,
        Boolean anonymous,
        LocalDate deadline) {

    public QuestionnaireDetails {
        title = title == null ? null : title.strip();
        description = description == null || description.isBlank() ? null : description.strip();
        anonymous = Boolean.TRUE.equals(anonymous);
    }
}
