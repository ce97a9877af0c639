package ru.nastavnik.survey.internal;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.people.PersonAnonymised;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.survey.Question;
import ru.nastavnik.survey.QuestionType;

/**
 * When a person's record is anonymised, so are her questionnaires (152-ФЗ art. 21): her answer sheets keep their
 * choices but no longer name her and lose her free texts and dates; her invitations lose her address and draft,
 * and those she never answered go, with their links.
 */
@Component
class AnswersOnAnonymisation {

    private final ResponseRepository responses;
    private final InvitationRepository invitations;
    private final QuestionnaireRepository questionnaires;
    private final ApplicationEventPublisher events;

    AnswersOnAnonymisation(
            ResponseRepository responses,
            InvitationRepository invitations,
            QuestionnaireRepository questionnaires,
            ApplicationEventPublisher events) {
        this.responses = responses;
        this.invitations = invitations;
        this.questionnaires = questionnaires;
        this.events = events;
    }

    // Synchronous, in the anonymisation's transaction: the person is anonymised everywhere or nowhere (152-FZ art.
    // 21), never a staff record without a name beside answers that still carry it.
    @EventListener
    @Transactional
    void on(PersonAnonymised event) {
        int sheets = 0;
        for (SurveyResponse response : responses.allOfPerson(event.person().value())) {
            Set<String> choices = questionnaires
                    .findById(response.questionnaireId())
                    .map(q -> q.content().questions().stream()
                            .filter(question ->
                                    question.type() != QuestionType.TEXT && question.type() != QuestionType.DATE)
                            .map(Question::key)
                            .collect(Collectors.toSet()))
                    .orElse(Set.of());
            response.anonymise(choices);
            sheets++;
        }
        for (Invitation invitation : invitations.ofPerson(event.person().value())) {
            if (invitation.submitted()) {
                invitation.scrub();
            } else {
                invitations.delete(invitation);
            }
        }
        events.publishEvent(new AuditEvent(
                event.organisation(),
                AuditAction.ANONYMISE,
                "Person",
                event.person().value(),
                "анкеты обезличены: ответов " + sheets));
    }
}
