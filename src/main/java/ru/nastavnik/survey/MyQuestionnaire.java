package ru.nastavnik.survey;

import java.time.LocalDate;
import java.util.UUID;

/** A line of the respondent's cabinet. */
public record MyQuestionnaire(
        UUID invitationId,
        String title,
        LocalDate deadline,
        boolean anonymous,
        QuestionnaireStatus questionnaireStatus,
        InvitationStatus status) {}
