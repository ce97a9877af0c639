package ru.nastavnik.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.springframework.stereotype.Component;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.survey.internal.QuestionnaireManagement;
import ru.nastavnik.survey.internal.SurveyDistribution;

/** A school's questionnaires as the curator opens them from the built-in templates, and a teacher's personal link. */
@Component
public class SurveySheets {

    private final QuestionnaireManagement questionnaires;
    private final SurveyDistribution distribution;

    SurveySheets(QuestionnaireManagement questionnaires, SurveyDistribution distribution) {
        this.questionnaires = questionnaires;
        this.distribution = distribution;
    }

    /** A named questionnaire from the template ({@code needs}, {@code potential-mentor}…), open for answers. */
    public QuestionnaireId open(NastavnikPrincipal curator, OrganisationId school, String template) {
        QuestionnaireId id =
                questionnaires.create(curator, school, template, null).id();
        questionnaires.open(curator, id);
        return id;
    }

    /** Invites the person and returns the token of her personal link. */
    public String invite(NastavnikPrincipal curator, QuestionnaireId questionnaire, PersonId person) {
        assertThat(distribution.invite(curator, questionnaire, List.of(person.toString()), List.of()))
                .isEqualTo(1);
        String url = distribution.links(curator, questionnaire).stream()
                .filter(l -> l.personId().equals(person))
                .findFirst()
                .orElseThrow()
                .url();
        return url.substring(url.lastIndexOf('/') + 1);
    }
}
