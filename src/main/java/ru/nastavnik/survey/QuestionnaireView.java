package ru.nastavnik.survey;

import java.time.Instant;
import java.time.LocalDate;
import ru.nastavnik.shared.OrganisationId;

/** A questionnaire as shown and as the API returns it; {@code version}: as read (the If-Match of an edit). */
public record QuestionnaireView(
        QuestionnaireId id,
        OrganisationId organisationId,
        String title,
        String description,
        QuestionnairePurpose purpose,
        boolean anonymous,
        QuestionnaireStatus status,
        LocalDate deadline,
        QuestionnaireContent content,
        Instant createdAt,
        Instant openedAt,
        Instant closedAt,
        long version) {}
