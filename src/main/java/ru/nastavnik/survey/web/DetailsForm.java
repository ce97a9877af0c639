package ru.nastavnik.survey.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import ru.nastavnik.survey.QuestionnairePurpose;
import ru.nastavnik.survey.internal.QuestionnaireDetails;

/** A questionnaire's details as its form sends them; the service checks them. */
record DetailsForm(
        String title,
        String description,
        QuestionnairePurpose purpose,
        Boolean anonymous,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline) {

    QuestionnaireDetails details() {
        return new QuestionnaireDetails(title, description, purpose, anonymous, deadline);
    }
}
