package ru.nastavnik.survey.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.organisation.SchoolDates;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffAccounts;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.survey.QuestionnaireId;
import ru.nastavnik.survey.ResponseSubmitted;
import ru.nastavnik.survey.SurveyTopics;

/**
 * The respondent's side: through the personal link (no account needed) or through the cabinet of a signed-in
 * teacher. Answers are kept as they are typed and submitted once; an anonymous sheet is stored without the
 * person and with the date only.
 */
@Service
@Transactional
public class Answering {

    private final QuestionnaireRepository questionnaires;
    private final InvitationRepository invitations;
    private final ResponseRepository responses;
    private final StaffAccounts accounts;
    private final List<SurveyTopics> topics;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SchoolDates dates;

    Answering(
            QuestionnaireRepository questionnaires,
            InvitationRepository invitations,
            ResponseRepository responses,
            StaffAccounts accounts,
            List<SurveyTopics> topics,
            ApplicationEventPublisher events,
            SchoolDates dates,
            Clock clock) {
        this.questionnaires = questionnaires;
        this.invitations = invitations;
        this.responses = responses;
        this.accounts = accounts;
        this.topics = topics;
        this.events = events;
        this.clock = clock;
        this.dates = dates;
    }

    /** The signed-in teacher's questionnaires, newest first. */
    @Transactional(readOnly = true)
    public List<MyQuestionnaire> mine(NastavnikPrincipal caller) {
        return accounts.ownId(caller)
                .map(person -> invitations.ofPerson(person.value()).stream()
                        .map(i -> {
                            Questionnaire q =
                                    questionnaires.findById(i.questionnaireId()).orElseThrow();
                            return new MyQuestionnaire(
                                    i.id(), q.title(), q.deadline(), q.anonymous(), q.status(), i.status());
                        })
                        .toList())
                .orElse(List.of());
    }

    /** The sheet behind a personal link. */
    @Transactional(readOnly = true)
    public AnswerSheet sheet(String token) {
        return sheet(byToken(token, false));
    }

    /** The sheet of an invitation in the signed-in teacher's cabinet. */
    @Transactional(readOnly = true)
    public AnswerSheet sheet(NastavnikPrincipal caller, UUID invitation) {
        return sheet(owned(caller, invitation, false));
    }

    public void saveDraft(String token, Map<String, List<String>> answers) {
        saveDraft(byToken(token, true), answers);
    }

    public void saveDraft(NastavnikPrincipal caller, UUID invitation, Map<String, List<String>> answers) {
        saveDraft(owned(caller, invitation, true), answers);
    }

    public void submit(String token, Map<String, List<String>> answers) {
        submit(byToken(token, true), answers);
    }

    public void submit(NastavnikPrincipal caller, UUID invitation, Map<String, List<String>> answers) {
        submit(owned(caller, invitation, true), answers);
    }

    private AnswerSheet sheet(Invitation invitation) {
        Questionnaire questionnaire = questionnaire(invitation);
        List<SurveyTopics.TopicChoice> choices = questionnaire.content().usesTopics()
                ? topics.stream()
                        .flatMap(t -> t.topics(questionnaire.organisation()).stream())
                        .toList()
                : List.of();
        return new AnswerSheet(invitation.id(), questionnaire.view(), choices, invitation.draft(), invitation.status());
    }

    private void saveDraft(Invitation invitation, Map<String, List<String>> answers) {
        Questionnaire questionnaire = questionnaire(invitation);
        questionnaire.requireOpen();
        invitation.saveDraft(questionnaire.content().check(answers, topicCodes(questionnaire), false));
    }

    private void submit(Invitation invitation, Map<String, List<String>> answers) {
        Questionnaire questionnaire = questionnaire(invitation);
        questionnaire.requireOpen();
        Map<String, List<String>> given = answers == null ? invitation.draft() : answers;
        Map<String, List<String>> clean = questionnaire.content().check(given, topicCodes(questionnaire), true);
        invitation.submit(clock.instant());
        PersonId person = questionnaire.anonymous() ? null : invitation.person();
        // an anonymous sheet carries the day the questionnaire opened, not its own: a day with one submitter
        // would otherwise name them
        ZoneId zone = dates.zone(invitation.organisation());
        LocalDate on = person == null ? questionnaire.openedOn(zone) : LocalDate.ofInstant(clock.instant(), zone);
        SurveyResponse response =
                responses.save(new SurveyResponse(invitation.organisation(), questionnaire.id(), person, on, clean));
        if (person == null) {
            events.publishEvent(new AuditEvent(
                    invitation.organisation(),
                    AuditAction.CREATE,
                    "Questionnaire",
                    questionnaire.id(),
                    "получен анонимный ответ на анкету"));
        } else {
            events.publishEvent(new AuditEvent(
                    invitation.organisation(),
                    AuditAction.CREATE,
                    "Person",
                    person.value(),
                    "ответ на анкету «" + questionnaire.title() + "»"));
        }
        events.publishEvent(new ResponseSubmitted(
                invitation.organisation(),
                new QuestionnaireId(questionnaire.id()),
                questionnaire.purpose(),
                response.id(),
                person));
    }

    /** The invitation a personal link names; a wrong or malformed token is simply "not found". */
    private Invitation byToken(String token, boolean forChange) {
        if (token == null || token.length() > 64) {
            throw new NotFoundException();
        }
        return (forChange ? invitations.lockByToken(token) : invitations.findByToken(token))
                .orElseThrow(NotFoundException::new);
    }

    private Invitation owned(NastavnikPrincipal caller, UUID id, boolean forChange) {
        PersonId own = accounts.ownId(caller).orElseThrow(NotFoundException::new);
        return (forChange ? invitations.lockById(id) : invitations.findById(id))
                .filter(i -> i.person().equals(own))
                .orElseThrow(NotFoundException::new);
    }

    private Questionnaire questionnaire(Invitation invitation) {
        return questionnaires.findById(invitation.questionnaireId()).orElseThrow(NotFoundException::new);
    }

    private Set<String> topicCodes(Questionnaire questionnaire) {
        Set<String> codes = new HashSet<>();
        if (questionnaire.content().usesTopics()) {
            topics.forEach(t -> t.topics(questionnaire.organisation()).forEach(c -> codes.add(c.code())));
        }
        return codes;
    }
}
