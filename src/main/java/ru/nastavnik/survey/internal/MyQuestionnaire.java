package ru.nastavnik.survey.internal;

import java.time.LocalDate;
import java.util.UUID;
import ru.nastavnik.survey.QuestionnaireStatus;

/** A line of the respondent's cabinet. */
public record MyQuestionnaire(
        UUID invitationId,
        String title,
        LocalDate deadline,
        boolean anonymous,
        QuestionnaireStatus questionnaireStatus,
        InvitationStatus status) {}
