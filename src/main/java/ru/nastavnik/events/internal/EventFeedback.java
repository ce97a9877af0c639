package ru.nastavnik.events.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import ru.nastavnik.events.EventId;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.OrganisationOwned;
import ru.nastavnik.survey.QuestionnaireId;

/** The feedback questionnaire an event's organiser sent to those who attended: once per event. */
@Entity
@Table(name = "event_feedback")
class EventFeedback extends OrganisationOwned {

    @Id
    @Column(name = "event_id")
    private UUID eventId;

    @Column(name = "questionnaire_id")
    private UUID questionnaireId;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "sent_count")
    private int sentCount;

    protected EventFeedback() {}

    EventFeedback(EventId event, OrganisationId organiser, QuestionnaireId questionnaire, int sentCount, Instant now) {
        super(organiser);
        this.eventId = event.value();
        this.questionnaireId = questionnaire.value();
        this.sentCount = sentCount;
        this.sentAt = now;
    }

    QuestionnaireId questionnaire() {
        return new QuestionnaireId(questionnaireId);
    }

    Instant sentAt() {
        return sentAt;
    }

    int sentCount() {
        return sentCount;
    }
}
