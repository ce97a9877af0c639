package ru.nastavnik.survey;

import java.util.List;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Sending a questionnaire, as other modules do it (programme's satisfaction questionnaires, the demonstration
 * data). Links, reminders and the list of those asked are {@code internal.SurveyDistribution}'s, which implements
 * this.
 */
public interface Distribution {

    /**
     * Invites the people and the members of the groups ({@code all-staff}, a bank …) who are not invited yet;
     * returns how many were added. All or nothing: an unknown person or group refuses the whole request.
     */
    int invite(NastavnikPrincipal caller, QuestionnaireId id, List<String> personIds, List<String> groups);
}
