package ru.nastavnik.survey;

import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Questionnaires as other modules open them: programme's satisfaction questionnaires and the demonstration data
 * gather answers in the organisation's open questionnaire of a built-in template. Writing questionnaires is
 * {@code internal.QuestionnaireManagement}'s, which implements this.
 */
public interface Questionnaires {

    /**
     * The organisation's open questionnaire of this built-in template (the satisfaction questionnaires sent at the
     * end of every programme gather in one), created and opened when there is none.
     */
    QuestionnaireView openFromTemplate(NastavnikPrincipal caller, OrganisationId organisation, String templateCode);
}
