package ru.nastavnik.survey.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.OrganisationOwned;
import ru.nastavnik.survey.SurveyJson;

/** A submitted answer sheet; an anonymous one names nobody. Never changed after submission. */
@Entity
@Table(name = "survey_response")
class SurveyResponse extends OrganisationOwned {

    @Id
    private UUID id;

    @Column(name = "questionnaire_id")
    private UUID questionnaireId;

    @Column(name = "person_id")
    private UUID personId;

    @Column(name = "submitted_on")
    private LocalDate submittedOn;

    private String answers;

    protected SurveyResponse() {}

    SurveyResponse(
            OrganisationId organisation,
            UUID questionnaire,
            PersonId person,
            LocalDate on,
            Map<String, List<String>> answers) {
        super(organisation);
        this.id = UUID.randomUUID();
        this.questionnaireId = questionnaire;
        this.personId = person == null ? null : person.value();
        this.submittedOn = on;
        this.answers = SurveyJson.write(answers);
    }

    UUID id() {
        return id;
    }

    UUID questionnaireId() {
        return questionnaireId;
    }

    PersonId person() {
        return personId == null ? null : new PersonId(personId);
    }

    LocalDate submittedOn() {
        return submittedOn;
    }

    Map<String, List<String>> answers() {
        return SurveyJson.answers(answers);
    }

    /**
     * The person was anonymised: the sheet no longer names her, and her own words (free texts, dates) go; the
     * choices stay, so the questionnaire's results do not change after the fact.
     */
    void anonymise(java.util.Set<String> keptQuestions) {
        personId = null;
        Map<String, List<String>> kept = new java.util.LinkedHashMap<>();
        answers().forEach((question, values) -> {
            if (keptQuestions.contains(question)) {
                kept.put(question, values);
            }
        });
        answers = SurveyJson.write(kept);
    }
}
