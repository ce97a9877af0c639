package ru.nastavnik.survey.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import ru.nastavnik.survey.QuestionnairePurpose;

interface ResponseRepository extends JpaRepository<SurveyResponse, UUID> {

    @Query("select r from SurveyResponse r where r.questionnaireId = ?1 order by r.submittedOn, r.id")
    List<SurveyResponse> ofQuestionnaire(UUID questionnaire);

    @Query("select r from SurveyResponse r where r.personId = ?1 and r.questionnaireId in "
            + "(select q.id from Questionnaire q where q.purpose = ?2) order by r.submittedOn desc")
    List<SurveyResponse> ofPerson(UUID person, QuestionnairePurpose purpose);

    @Query("select r from SurveyResponse r where r.personId = ?1")
    List<SurveyResponse> allOfPerson(UUID person);
}
