package ru.nastavnik.survey.internal;

import org.springframework.stereotype.Component;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.survey.QuestionnaireId;

/** Questionnaires are run by the school's director and curator; to anybody else they do not exist. */
@Component
class SurveyAccess {

    private final QuestionnaireRepository questionnaires;

    SurveyAccess(QuestionnaireRepository questionnaires) {
        this.questionnaires = questionnaires;
    }

    void check(NastavnikPrincipal caller, OrganisationId organisation) {
        if (!caller.hasAnyIn(organisation, Role.DIRECTOR, Role.CURATOR)) {
            throw new NotFoundException();
        }
    }

    Questionnaire managed(NastavnikPrincipal caller, QuestionnaireId id) {
        Questionnaire questionnaire = questionnaires.findById(id.value()).orElseThrow(NotFoundException::new);
        check(caller, questionnaire.organisation());
        return questionnaire;
    }
}
