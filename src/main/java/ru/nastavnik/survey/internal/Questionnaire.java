package ru.nastavnik.survey.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.OrganisationOwned;
import ru.nastavnik.shared.StaleVersionException;
import ru.nastavnik.survey.QuestionnaireContent;
import ru.nastavnik.survey.QuestionnaireId;
import ru.nastavnik.survey.QuestionnairePurpose;
import ru.nastavnik.survey.QuestionnaireStatus;
import ru.nastavnik.survey.QuestionnaireView;
import ru.nastavnik.survey.SurveyJson;

/**
 * A questionnaire of an organisation. Its questions change only while it is a draft: once people answer, the
 * answers must keep meaning what they meant when given.
 */
@Entity
@Table(name = "survey_questionnaire")
class Questionnaire extends OrganisationOwned {

    @Id
    private UUID id;

    private String title;

    private String description;

    @Enumerated(EnumType.STRING)
    private QuestionnairePurpose purpose;

    private boolean anonymous;

    @Enumerated(EnumType.STRING)
    private QuestionnaireStatus status;

    private LocalDate deadline;

    @Column(name = "content")
    private String contentJson;

    @Transient
    private QuestionnaireContent content;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private Long version;

    protected Questionnaire() {}

    Questionnaire(
            OrganisationId organisation, QuestionnaireDetails details, QuestionnaireContent content, Instant now) {
        super(organisation);
        this.id = UUID.randomUUID();
        this.status = QuestionnaireStatus.DRAFT;
        this.createdAt = now;
        describe(details);
        change(content);
    }

    /**
     * An edit made on what the editor read ({@code readVersion}): refused if the questionnaire changed since, so
     * that one curator's edit never silently undoes another's.
     */
    void editedOn(Long readVersion) {
        StaleVersionException.check(readVersion, version == null ? 0 : version);
    }

    /** Title, purpose, anonymity and deadline; anonymity cannot change once people have been asked. */
    void describe(QuestionnaireDetails details) {
        if (status == QuestionnaireStatus.CLOSED) {
            throw InvalidInputException.of("status", "survey.closed");
        }
        if (status != QuestionnaireStatus.DRAFT && details.anonymous() != anonymous) {
            throw InvalidInputException.of("anonymous", "survey.anonymous.frozen");
        }
        if (status != QuestionnaireStatus.DRAFT && details.purpose() != purpose) {
            // the purpose decides whether answers feed the banks: it cannot change once people have answered
            throw InvalidInputException.of("purpose", "survey.purpose.frozen");
        }
        this.title = details.title();
        this.description = details.description();
        this.purpose = details.purpose();
        this.anonymous = details.anonymous();
        this.deadline = details.deadline();
    }

    void change(QuestionnaireContent next) {
        if (status != QuestionnaireStatus.DRAFT) {
            throw InvalidInputException.of("status", "survey.structure.frozen");
        }
        this.content = next;
        this.contentJson = SurveyJson.write(next);
    }

    void open(Instant now) {
        if (status == QuestionnaireStatus.OPEN) {
            return;
        }
        if (status == QuestionnaireStatus.CLOSED && anonymous) {
            // its results are shown once it is closed; answers added after that would be traceable
            throw InvalidInputException.of("status", "survey.anonymous.closedForGood");
        }
        if (content().questions().isEmpty()) {
            throw InvalidInputException.of("questions", "survey.open.empty");
        }
        status = QuestionnaireStatus.OPEN;
        openedAt = openedAt == null ? now : openedAt;
        closedAt = null;
    }

    void close(Instant now) {
        if (status != QuestionnaireStatus.OPEN) {
            throw InvalidInputException.of("status", "survey.close.notOpen");
        }
        status = QuestionnaireStatus.CLOSED;
        closedAt = now;
    }

    void requireOpen() {
        if (status != QuestionnaireStatus.OPEN) {
            throw InvalidInputException.of(
                    "status", status == QuestionnaireStatus.CLOSED ? "survey.closed" : "survey.notOpen");
        }
    }

    LocalDate openedOn(java.time.ZoneId zone) {
        return LocalDate.ofInstant(openedAt == null ? createdAt : openedAt, zone);
    }

    QuestionnaireContent content() {
        if (content == null) {
            content = SurveyJson.content(contentJson);
        }
        return content;
    }

    UUID id() {
        return id;
    }

    boolean anonymous() {
        return anonymous;
    }

    QuestionnairePurpose purpose() {
        return purpose;
    }

    QuestionnaireStatus status() {
        return status;
    }

    String title() {
        return title;
    }

    LocalDate deadline() {
        return deadline;
    }

    QuestionnaireView view() {
        return new QuestionnaireView(
                new QuestionnaireId(id),
                organisation(),
                title,
                description,
                purpose,
                anonymous,
                status,
                deadline,
                content(),
                createdAt,
                openedAt,
                closedAt,
                version == null ? 0 : version);
    }
}
