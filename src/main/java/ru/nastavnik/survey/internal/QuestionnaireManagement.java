package ru.nastavnik.survey.internal;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Validation;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.survey.Question;
import ru.nastavnik.survey.QuestionnaireClosed;
import ru.nastavnik.survey.QuestionnaireContent;
import ru.nastavnik.survey.QuestionnaireId;
import ru.nastavnik.survey.QuestionnaireStatus;
import ru.nastavnik.survey.QuestionnaireView;
import ru.nastavnik.survey.Questionnaires;
import ru.nastavnik.survey.Section;

/**
 * Writing questionnaires: from a built-in template or from scratch, section by section, then opening them; other
 * modules open one from a template through {@link Questionnaires}.
 */
@Service
@Transactional
public class QuestionnaireManagement implements Questionnaires {

    private final QuestionnaireRepository questionnaires;
    private final InvitationRepository invitations;
    private final ResponseRepository responses;
    private final SurveyAccess access;
    private final Validator validator;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    QuestionnaireManagement(
            QuestionnaireRepository questionnaires,
            InvitationRepository invitations,
            ResponseRepository responses,
            SurveyAccess access,
            Validator validator,
            Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.questionnaires = questionnaires;
        this.invitations = invitations;
        this.responses = responses;
        this.access = access;
        this.validator = validator;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<QuestionnaireSummary> list(NastavnikPrincipal caller, OrganisationId organisation) {
        access.check(caller, organisation);
        return questionnaires.inOrganisation(organisation.value()).stream()
                .map(q -> {
                    List<Invitation> asked = invitations.ofQuestionnaire(q.id());
                    long submitted = q.anonymous()
                            ? asked.stream()
                                    .filter(i -> i.status() == InvitationStatus.SUBMITTED)
                                    .count()
                            : responses.ofQuestionnaire(q.id()).size();
                    return new QuestionnaireSummary(q.view(), asked.size(), submitted);
                })
                .toList();
    }

    @Transactional(readOnly = true)
    public QuestionnaireView get(NastavnikPrincipal caller, QuestionnaireId id) {
        return access.managed(caller, id).view();
    }

    /** A new draft: a copy of the built-in template, or empty with one section when no template is named. */
    public QuestionnaireView create(
            NastavnikPrincipal caller, OrganisationId organisation, String templateCode, QuestionnaireDetails details) {
        access.check(caller, organisation);
        QuestionnaireContent content;
        QuestionnaireDetails effective = details;
        if (templateCode != null && !templateCode.isBlank()) {
            SurveyTemplates.Template template = SurveyTemplates.find(templateCode)
                    .orElseThrow(() -> InvalidInputException.of("template", "survey.template.unknown", templateCode));
            content = template.content();
            QuestionnaireDetails given =
                    effective == null ? new QuestionnaireDetails(null, null, null, false, null) : effective;
            effective = new QuestionnaireDetails(
                    given.title() == null || given.title().isBlank() ? template.title() : given.title(),
                    given.description() == null ? template.description() : given.description(),
                    given.purpose() == null ? template.purpose() : given.purpose(),
                    given.anonymous(),
                    given.deadline());
        } else {
            content = new QuestionnaireContent(List.of(new Section(SurveyTemplates.firstSectionTitle(), List.of())));
            if (effective == null) {
                throw InvalidInputException.of("title", "survey.title.required");
            }
        }
        Validation.check(validator, effective);
        return questionnaires
                .save(new Questionnaire(organisation, effective, content, now()))
                .view();
    }

    /** {@code readVersion}: the version she edited (the ETag); refused if someone changed the questionnaire since. */
    public QuestionnaireView describe(
            NastavnikPrincipal caller, QuestionnaireId id, QuestionnaireDetails details, Long readVersion) {
        if (details == null) {
            throw InvalidInputException.of("title", "survey.title.required");
        }
        Validation.check(validator, details);
        Questionnaire questionnaire = access.managed(caller, id);
        questionnaire.editedOn(readVersion);
        questionnaire.describe(details);
        return saved(questionnaire);
    }

    /** The whole content replaced, on the version she read (as {@link #describe}). */
    public QuestionnaireView replaceContent(
            NastavnikPrincipal caller, QuestionnaireId id, QuestionnaireContent content, Long readVersion) {
        Questionnaire questionnaire = access.managed(caller, id);
        questionnaire.editedOn(readVersion);
        questionnaire.change(content == null ? new QuestionnaireContent(List.of()) : content);
        return saved(questionnaire);
    }

    public QuestionnaireView addSection(NastavnikPrincipal caller, QuestionnaireId id, String title) {
        return edit(caller, id, c -> c.withSection(title));
    }

    public QuestionnaireView removeSection(NastavnikPrincipal caller, QuestionnaireId id, int index) {
        return edit(caller, id, c -> c.withoutSection(index));
    }

    public QuestionnaireView addQuestion(
            NastavnikPrincipal caller, QuestionnaireId id, int sectionIndex, Question question) {
        return edit(caller, id, c -> c.withQuestion(sectionIndex, question));
    }

    public QuestionnaireView removeQuestion(NastavnikPrincipal caller, QuestionnaireId id, String key) {
        return edit(caller, id, c -> c.without(key));
    }

    public QuestionnaireView moveQuestion(NastavnikPrincipal caller, QuestionnaireId id, String key, int delta) {
        return edit(caller, id, c -> c.moved(key, Integer.signum(delta)));
    }

    public QuestionnaireView open(NastavnikPrincipal caller, QuestionnaireId id) {
        Questionnaire questionnaire = access.managed(caller, id);
        questionnaire.open(now());
        return questionnaire.view();
    }

    public QuestionnaireView close(NastavnikPrincipal caller, QuestionnaireId id) {
        Questionnaire questionnaire = access.managed(caller, id);
        questionnaire.close(now());
        if (questionnaire.anonymous()) {
            invitations.dropDrafts(questionnaire.id());
        }
        events.publishEvent(new QuestionnaireClosed(
                questionnaire.organisation(), new QuestionnaireId(questionnaire.id()), questionnaire.purpose(), now()));
        return questionnaire.view();
    }

    @Override
    public QuestionnaireView openFromTemplate(
            NastavnikPrincipal caller, OrganisationId organisation, String templateCode) {
        access.check(caller, organisation);
        SurveyTemplates.Template template = SurveyTemplates.find(templateCode)
                .orElseThrow(() -> InvalidInputException.of("template", "survey.template.unknown", templateCode));
        return questionnaires.inOrganisation(organisation.value()).stream()
                .filter(q -> q.status() == QuestionnaireStatus.OPEN
                        && q.purpose() == template.purpose()
                        && q.title().equals(template.title()))
                .findFirst()
                .map(Questionnaire::view)
                .orElseGet(() -> {
                    QuestionnaireView created = create(caller, organisation, templateCode, null);
                    return open(caller, created.id());
                });
    }

    /** Only a draft nobody was asked to answer can be deleted; anything answered is kept. */
    public void delete(NastavnikPrincipal caller, QuestionnaireId id) {
        Questionnaire questionnaire = access.managed(caller, id);
        if (questionnaire.status() != QuestionnaireStatus.DRAFT || invitations.countOf(questionnaire.id()) > 0) {
            throw InvalidInputException.of("status", "survey.delete.notDraft");
        }
        questionnaires.delete(questionnaire);
    }

    private QuestionnaireView edit(
            NastavnikPrincipal caller, QuestionnaireId id, UnaryOperator<QuestionnaireContent> change) {
        Questionnaire questionnaire = access.managed(caller, id);
        questionnaire.change(change.apply(questionnaire.content()));
        return saved(questionnaire);
    }

    /** The answer carries the new version (the next edit's If-Match), which the flush assigns. */
    private QuestionnaireView saved(Questionnaire questionnaire) {
        questionnaires.flush();
        return questionnaire.view();
    }

    private Instant now() {
        return clock.instant();
    }
}
