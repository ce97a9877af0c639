package ru.nastavnik.survey;

import java.util.UUID;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;

/** Someone submitted answers; {@code person} is null for an anonymous questionnaire. */
public record ResponseSubmitted(
        OrganisationId organisation,
        QuestionnaireId questionnaire,
        QuestionnairePurpose purpose,
        UUID response,
        PersonId person) {}
