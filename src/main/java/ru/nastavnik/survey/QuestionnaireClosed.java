package ru.nastavnik.survey;

import java.time.Instant;
import ru.nastavnik.shared.OrganisationId;

/** A questionnaire stopped taking answers: the needs (stage 2), potential mentors (3) or satisfaction (6) collected. */
public record QuestionnaireClosed(
        OrganisationId organisation, QuestionnaireId questionnaire, QuestionnairePurpose purpose, Instant closedAt) {}
