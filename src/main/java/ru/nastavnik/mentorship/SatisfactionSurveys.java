package ru.nastavnik.mentorship;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.survey.Distribution;
import ru.nastavnik.survey.QuestionnaireView;
import ru.nastavnik.survey.Questionnaires;

/**
 * When a programme completes, its mentee and mentor are asked the satisfaction questionnaires (stage 6:
 * monitoring). Sent after the completion is committed and on its own: a questionnaire that cannot be sent
 * (the person's data restricted meanwhile, say) is logged and never undoes the completion.
 */
@Component
class SatisfactionSurveys {

    private static final Logger log = LoggerFactory.getLogger(SatisfactionSurveys.class);

    /** The completion, with who completed it: the questionnaires are sent in that curator's name. */
    record Send(NastavnikPrincipal curator, OrganisationId organisation, List<PersonId> mentees, List<PersonId> mentors) {
    }

    private final Questionnaires questionnaires;
    private final Distribution distribution;

    SatisfactionSurveys(Questionnaires questionnaires, Distribution distribution) {
        this.questionnaires = questionnaires;
        this.distribution = distribution;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(Send event) {
        try {
            send(event, "satisfaction-mentee", event.mentees());
            send(event, "satisfaction-mentor", event.mentors());
        } catch (RuntimeException e) {
            log.warn("Satisfaction questionnaires not sent for a completed programme: {}", e.getMessage());
        }
    }

    private void send(Send event, String template, List<PersonId> people) {
        if (people.isEmpty()) {
            return;
        }
        QuestionnaireView questionnaire = questionnaires.openFromTemplate(event.curator(), event.organisation(), template);
        distribution.invite(event.curator(), questionnaire.id(), people.stream().map(PersonId::toString).toList(), List.of());
    }
}
