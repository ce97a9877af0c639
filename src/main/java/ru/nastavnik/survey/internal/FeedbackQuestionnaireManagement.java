package ru.nastavnik.survey.internal;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.survey.FeedbackQuestionnaires;
import ru.nastavnik.survey.QuestionnaireId;
import ru.nastavnik.survey.Results;

/** {@link FeedbackQuestionnaires}: made from the built-in feedback template, kept as any questionnaire of its owner. */
@Service
@Transactional
class FeedbackQuestionnaireManagement implements FeedbackQuestionnaires {

    private final QuestionnaireRepository questionnaires;
    private final InvitationRepository invitations;
    private final ResponseRepository responses;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FeedbackQuestionnaireManagement(
            QuestionnaireRepository questionnaires,
            InvitationRepository invitations,
            ResponseRepository responses,
            ApplicationEventPublisher events,
            Clock clock) {
        this.questionnaires = questionnaires;
        this.invitations = invitations;
        this.responses = responses;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public QuestionnaireId send(OrganisationId owner, String about, Collection<PersonId> people) {
        if (people.isEmpty()) {
            throw InvalidInputException.of("people", "survey.invite.nobody");
        }
        SurveyTemplates.Template template = SurveyTemplates.eventFeedback();
        String title = (template.title() + ": " + about);
        Questionnaire questionnaire = new Questionnaire(
                owner,
                new QuestionnaireDetails(
                        title.length() > 300 ? title.substring(0, 300) : title,
                        template.description(),
                        template.purpose(),
                        // the form promises the participants that the organiser sees their answers only summed up:
                        // stored without names, shown from three answers on (SurveyResults.MIN_GROUP)
                        true,
                        null),
                template.content(),
                clock.instant());
        questionnaire.open(clock.instant());
        questionnaires.save(questionnaire);
        people.stream()
                .distinct()
                .forEach(p -> invitations.save(new Invitation(owner, questionnaire.id(), p, null, clock.instant())));
        events.publishEvent(AuditEvent.ofMany(
                owner,
                AuditAction.UPDATE,
                "Person",
                people.stream().map(PersonId::value).distinct().toList(),
                "отправлена анкета «" + questionnaire.title() + "»"));
        return new QuestionnaireId(questionnaire.id());
    }

    @Transactional(readOnly = true)
    @Override
    public Results summary(QuestionnaireId id) {
        Questionnaire questionnaire = questionnaires.findById(id.value()).orElseThrow(NotFoundException::new);
        Results results = SurveyResults.aggregate(
                questionnaire.view(), responses.ofQuestionnaire(questionnaire.id()), Map.of(), Map.of());
        return new Results(
                results.questionnaire(),
                results.responses(),
                results.suppressed(),
                results.questions().stream()
                        .map(FeedbackQuestionnaireManagement::unnamed)
                        .toList());
    }

    @Transactional(readOnly = true)
    @Override
    public long asked(QuestionnaireId id) {
        return invitations.ofQuestionnaire(id.value()).size();
    }

    private static Results.QuestionResult unnamed(Results.QuestionResult q) {
        List<Results.TextAnswer> texts = q.texts() == null
                ? List.of()
                : q.texts().stream()
                        .map(t -> new Results.TextAnswer(null, t.text()))
                        .toList();
        return new Results.QuestionResult(q.question(), q.answered(), q.suppressed(), q.bars(), q.mean(), texts);
    }
}
