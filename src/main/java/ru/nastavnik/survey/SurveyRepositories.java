package ru.nastavnik.survey;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface QuestionnaireRepository extends JpaRepository<Questionnaire, UUID> {

    @Query("select q from Questionnaire q where q.organisationId = ?1 order by q.createdAt desc")
    List<Questionnaire> inOrganisation(UUID organisation);

    @Query("select q from Questionnaire q where q.status = ru.nastavnik.survey.QuestionnaireStatus.OPEN")
    List<Questionnaire> open();
}

interface InvitationRepository extends JpaRepository<Invitation, UUID> {

    Optional<Invitation> findByToken(String token);

    @Query("select i from Invitation i where i.questionnaireId = ?1 order by i.invitedAt")
    List<Invitation> ofQuestionnaire(UUID questionnaire);

    @Query("select i from Invitation i where i.personId = ?1 order by i.invitedAt desc")
    List<Invitation> ofPerson(UUID person);

    @Query("select count(i) from Invitation i where i.questionnaireId = ?1")
    long countOf(UUID questionnaire);
}

interface ResponseRepository extends JpaRepository<SurveyResponse, UUID> {

    @Query("select r from SurveyResponse r where r.questionnaireId = ?1 order by r.submittedOn, r.id")
    List<SurveyResponse> ofQuestionnaire(UUID questionnaire);

    @Query("select r from SurveyResponse r where r.personId = ?1 and r.questionnaireId in "
            + "(select q.id from Questionnaire q where q.purpose = ?2) order by r.submittedOn desc")
    List<SurveyResponse> ofPerson(UUID person, QuestionnairePurpose purpose);
}
