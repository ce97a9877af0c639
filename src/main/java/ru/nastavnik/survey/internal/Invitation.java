package ru.nastavnik.survey.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.OrganisationOwned;
import ru.nastavnik.survey.QuestionnaireId;
import ru.nastavnik.survey.SurveyJson;

/** One person asked to answer one questionnaire: their personal link, their draft, and whether they submitted. */
@Entity
@Table(name = "survey_invitation")
class Invitation extends OrganisationOwned {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    private UUID id;

    @Column(name = "questionnaire_id")
    private UUID questionnaireId;

    @Column(name = "person_id")
    private UUID personId;

    private String token;

    private String email;

    @Enumerated(EnumType.STRING)
    private InvitationStatus status;

    private String draft;

    @Column(name = "invited_at")
    private Instant invitedAt;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    private int reminders;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Version
    private Long version;

    protected Invitation() {}

    Invitation(OrganisationId organisation, UUID questionnaire, PersonId person, String email, Instant now) {
        super(organisation);
        this.id = UUID.randomUUID();
        this.questionnaireId = questionnaire;
        this.personId = person.value();
        this.email = email;
        this.status = InvitationStatus.INVITED;
        this.invitedAt = now;
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        this.token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Keeps what the person has typed so far; nothing is checked for completeness yet. */
    void saveDraft(Map<String, List<String>> answers) {
        requireNotSubmitted();
        draft = SurveyJson.write(answers);
        status = InvitationStatus.STARTED;
    }

    /** Once only: a second submission is refused, whether from another tab or a replayed request. */
    void submit(Instant now) {
        requireNotSubmitted();
        status = InvitationStatus.SUBMITTED;
        submittedAt = now;
        draft = null;
    }

    /** The invited person was anonymised: her address and any unsent draft go. */
    void scrub() {
        email = null;
        draft = null;
    }

    boolean submitted() {
        return status == InvitationStatus.SUBMITTED;
    }

    void remind(Instant now) {
        remindedAt = now;
        reminders++;
    }

    private void requireNotSubmitted() {
        if (status == InvitationStatus.SUBMITTED) {
            throw InvalidInputException.of("status", "survey.answer.alreadySubmitted");
        }
    }

    Map<String, List<String>> draft() {
        return SurveyJson.answers(draft);
    }

    UUID id() {
        return id;
    }

    UUID questionnaireId() {
        return questionnaireId;
    }

    PersonId person() {
        return new PersonId(personId);
    }

    String token() {
        return token;
    }

    String email() {
        return email;
    }

    InvitationStatus status() {
        return status;
    }

    int reminders() {
        return reminders;
    }

    Instant remindedAt() {
        return remindedAt;
    }

    Instant invitedAt() {
        return invitedAt;
    }

    /** For an anonymous questionnaire the time of submission is not shown: it could be matched to an answer. */
    InvitationView view(String fullName, boolean anonymous) {
        return new InvitationView(
                id,
                new QuestionnaireId(questionnaireId),
                person(),
                fullName,
                email != null,
                status,
                invitedAt,
                remindedAt,
                reminders,
                anonymous ? null : submittedAt);
    }
}
