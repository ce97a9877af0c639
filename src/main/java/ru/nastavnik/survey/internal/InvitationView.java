package ru.nastavnik.survey.internal;

import java.time.Instant;
import java.util.UUID;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.survey.Distribution;
import ru.nastavnik.survey.QuestionnaireId;

/** Who was asked and where they are; the personal link itself is shown only by {@link Distribution#links}. */
public record InvitationView(
        UUID id,
        QuestionnaireId questionnaireId,
        PersonId personId,
        String fullName,
        boolean emailed,
        InvitationStatus status,
        Instant invitedAt,
        Instant remindedAt,
        int reminders,
        Instant submittedAt) {}
