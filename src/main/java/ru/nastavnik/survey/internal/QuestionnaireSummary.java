package ru.nastavnik.survey.internal;

import ru.nastavnik.survey.QuestionnaireView;

/** A line of the questionnaires list: the questionnaire and how many were asked and answered. */
public record QuestionnaireSummary(QuestionnaireView questionnaire, long invited, long submitted) {}
