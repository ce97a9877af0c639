package ru.nastavnik.survey;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface QuestionnaireRepository extends JpaRepository<Questionnaire, UUID> {

    @Query("select q from Questionnaire q where q.organisationId = ?1 order by q.createdAt desc")
    List<Questionnaire> inOrganisation(UUID organisation);

    @Query("select q from Questionnaire q where q.status = ru.nastavnik.survey.QuestionnaireStatus.OPEN")
    List<Questionnaire> open();
}

/**
 * Every change of an invitation loads it with a row lock: an autosave still in flight when the person presses
 * "submit" (or a reminder going out meanwhile) waits for the other instead of failing or overwriting it.
 */
interface InvitationRepository extends JpaRepository<Invitation, UUID> {

    Optional<Invitation> findByToken(String token);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from Invitation i where i.token = ?1")
    Optional<Invitation> lockByToken(String token);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from Invitation i where i.id = ?1")
    Optional<Invitation> lockById(UUID id);

    /** Those who have not answered and may still be reminded (at most {@code max} times, not since {@code before}). */
    @Query("select i.id from Invitation i where i.questionnaireId = ?1 and i.status <> ru.nastavnik.survey.InvitationStatus.SUBMITTED "
            + "and i.email is not null and i.reminders < ?2 and coalesce(i.remindedAt, i.invitedAt) < ?3")
    List<UUID> remindable(UUID questionnaire, int max, java.time.Instant before);

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
